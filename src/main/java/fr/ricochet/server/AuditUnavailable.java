package fr.ricochet.server;

import fr.ricochet.rules.Localized;
import fr.ricochet.server.audit.AccountAuditor;
import fr.ricochet.server.http.ProblemException;

/**
 * The auditor of a server started without one: until the archive reader and the auditor are wired in (the lead's
 * {@code ArchiveReader} and {@code Auditor}), an upload is answered with a clear 503 rather than a 500.
 */
final class AuditUnavailable {

    static final AccountAuditor AUDITOR = (upload, zone, language) -> {
        throw new ProblemException(503, "unavailable", new Localized("Service indisponible", "Service unavailable"),
                new Localized("l'audit de compte n'est pas encore disponible sur ce serveur",
                        "account audits are not available on this server yet"));
    };

    private AuditUnavailable() {
    }
}
