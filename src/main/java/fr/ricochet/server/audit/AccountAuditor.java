package fr.ricochet.server.audit;

import fr.ricochet.archive.ArchiveException;
import fr.ricochet.audit.AuditReport;
import java.io.IOException;
import java.time.ZoneId;

/** Reads an uploaded archive and audits the account: what the routes need of the archive reader and the auditor. */
@FunctionalInterface
public interface AccountAuditor {

    /**
     * @param language {@code fr} or {@code en}, the report's wording
     * @throws ArchiveException the archive cannot be read (the person's fault, said to them)
     * @throws IOException the upload broke off
     */
    AuditReport audit(ArchiveUpload upload, ZoneId zone, String language) throws ArchiveException, IOException;
}
