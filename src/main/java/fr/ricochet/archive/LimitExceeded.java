package fr.ricochet.archive;

import java.io.IOException;

/**
 * A limit crossed deep inside a stream that a parser (Jackson, the zip reader) is reading: it travels up as an
 * {@link IOException}, which those parsers pass on untouched, and {@link ArchiveReader} turns it back into its
 * {@link ArchiveException}.
 */
final class LimitExceeded extends IOException {

    private final transient ArchiveException refusal;

    LimitExceeded(ArchiveException refusal) {
        super(refusal.getMessage());
        this.refusal = refusal;
    }

    ArchiveException refusal() {
        return refusal;
    }
}
