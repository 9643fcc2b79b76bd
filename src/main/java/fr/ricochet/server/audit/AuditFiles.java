package fr.ricochet.server.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import fr.ricochet.report.ReportJson;
import fr.ricochet.rules.profile.CalibrationProfile;

/**
 * The calibration profile as the page offers it for download, JSON or YAML (the report's own JSON is
 * {@link fr.ricochet.audit.AuditJson}'s, the API's answer byte for byte).
 */
public final class AuditFiles {

    private static final ObjectMapper YAML = YAMLMapper.builder().addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS).build();

    private AuditFiles() {
    }

    public static String profileJson(CalibrationProfile profile) {
        return write(ReportJson.mapper(), profile);
    }

    public static String profileYaml(CalibrationProfile profile) {
        return write(YAML, profile);
    }

    private static String write(ObjectMapper mapper, Object value) {
        try {
            return mapper.writerWithDefaultPrettyPrinter().writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("an audit's record could not be written", e);
        }
    }
}
