package fr.ricochet.audit;

import fr.ricochet.request.AnalysisRequest;
import java.time.ZoneId;

/**
 * How to read an account.
 *
 * @param timeZone the audience's zone, in which hours, nights and months are read
 * @param language the report's language, {@code fr} or {@code en}
 * @param threads how many posts the engine analyses at once (the audit's share of the machine)
 */
public record AuditOptions(ZoneId timeZone, String language, int threads) {

    public static final ZoneId DEFAULT_ZONE = ZoneId.of(AnalysisRequest.DEFAULT_ZONE);

    public AuditOptions {
        if (!"fr".equals(language) && !"en".equals(language)) {
            throw new IllegalArgumentException("language must be fr or en");
        }
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1");
        }
    }

    /** French, Europe/Paris, every core. */
    public static AuditOptions defaults() {
        return new AuditOptions(DEFAULT_ZONE, "fr", Runtime.getRuntime().availableProcessors());
    }

    public AuditOptions in(ZoneId zone, String lang) {
        return new AuditOptions(zone, lang, threads);
    }
}
