package fr.ricochet.server.audit;

import fr.ricochet.archive.ArchiveLimits;
import fr.ricochet.server.http.ConfigException;
import java.util.Map;

/**
 * How the server takes audits: the largest archive it accepts (RICOCHET_AUDIT_MAX_BYTES, 500 MB as the archive
 * limits say) and how many audits run at once (RICOCHET_AUDITS, 1: an audit of a big archive keeps a core busy
 * for seconds and holds its posts in memory, so one more waits instead of slowing both).
 */
public record AuditConfig(long maxBytes, int concurrent) {

    public static AuditConfig from(Map<String, String> env) {
        long maxBytes = number(env, "RICOCHET_AUDIT_MAX_BYTES", ArchiveLimits.DEFAULT.maxBytes());
        if (maxBytes < 1) {
            throw new ConfigException("RICOCHET_AUDIT_MAX_BYTES must be a positive number of bytes");
        }
        long concurrent = number(env, "RICOCHET_AUDITS", 1);
        if (concurrent < 1 || concurrent > 16) {
            throw new ConfigException("RICOCHET_AUDITS must be 1 to 16 audits at once, not " + concurrent);
        }
        return new AuditConfig(maxBytes, (int) concurrent);
    }

    private static long number(Map<String, String> env, String name, long fallback) {
        String value = env.get(name);
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            return Long.parseLong(value.strip());
        } catch (NumberFormatException e) {
            throw new ConfigException(name + " must be a whole number, not '" + value.strip() + "'");
        }
    }
}
