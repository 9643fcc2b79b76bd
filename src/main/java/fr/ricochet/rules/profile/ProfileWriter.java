package fr.ricochet.rules.profile;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.UncheckedIOException;

/**
 * Writes a calibration profile as JSON or YAML, the shape {@code request.ProfileReader} reads back: the record's
 * fields by name, instants in ISO-8601, days of the week by their English name ({@code MONDAY}), no null field.
 */
public final class ProfileWriter {

    private static final ObjectMapper JSON = configure(JsonMapper.builder().build());
    private static final ObjectMapper YAML = configure(YAMLMapper.builder()
            .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
            .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES).build());

    private ProfileWriter() {
    }

    private static ObjectMapper configure(ObjectMapper mapper) {
        return mapper.registerModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .setSerializationInclusion(JsonInclude.Include.NON_NULL);
    }

    public static String json(CalibrationProfile profile) {
        return write(JSON, profile);
    }

    public static String yaml(CalibrationProfile profile) {
        return write(YAML, profile);
    }

    private static String write(ObjectMapper mapper, CalibrationProfile profile) {
        try {
            return mapper.writerWithDefaultPrettyPrinter().writeValueAsString(profile);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e); // records of strings and numbers always write
        }
    }
}
