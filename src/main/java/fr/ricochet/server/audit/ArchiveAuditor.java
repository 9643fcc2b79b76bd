package fr.ricochet.server.audit;

import fr.ricochet.archive.ArchiveException;
import fr.ricochet.archive.ArchiveLimits;
import fr.ricochet.archive.ArchiveReader;
import fr.ricochet.audit.AuditOptions;
import fr.ricochet.audit.AuditReport;
import fr.ricochet.audit.Auditor;
import java.io.IOException;
import java.time.ZoneId;

/** The server's auditor: the archive reader streaming the upload into an account's history, then the audit of it. */
public final class ArchiveAuditor implements AccountAuditor {

    private final ArchiveReader reader;
    private final Auditor auditor;
    private final int threads;

    /**
     * @param maxBytes the server's byte limit, which the reader enforces too (its other limits are the defaults)
     * @param threads  how many posts one audit analyses at once
     */
    public ArchiveAuditor(Auditor auditor, long maxBytes, int threads) {
        this.reader = new ArchiveReader(ArchiveLimits.DEFAULT.withMaxBytes(maxBytes));
        this.auditor = auditor;
        this.threads = threads;
    }

    @Override
    public AuditReport audit(ArchiveUpload upload, ZoneId zone, String language) throws ArchiveException, IOException {
        return auditor.audit(reader.read(upload.archive(), upload.fileName(), upload.follows(), null),
                new AuditOptions(zone, language, threads));
    }
}
