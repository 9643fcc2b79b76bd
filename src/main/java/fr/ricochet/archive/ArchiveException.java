package fr.ricochet.archive;

import fr.ricochet.rules.Localized;

/**
 * An archive that cannot be read: unknown, broken, too big, or holding a hostile entry. The message says which
 * file was expected or read and what was wrong, in both languages; nothing of the archive is kept.
 *
 * @see #tooLarge() the one case an HTTP client should hear as 413 rather than 400
 */
public final class ArchiveException extends Exception {

    private final String file;
    private final Localized problem;
    private final boolean tooLarge;

    public ArchiveException(String file, Localized problem) {
        this(file, problem, false);
    }

    public ArchiveException(String file, Localized problem, boolean tooLarge) {
        super(problem.en());
        this.file = file;
        this.problem = problem;
        this.tooLarge = tooLarge;
    }

    /** The file of the archive the problem is in (e.g. {@code data/tweets.js}), or the archive's own name. */
    public String file() {
        return file;
    }

    /** What was wrong, in both languages, each sentence naming {@link #file()}: shown as it is. */
    public Localized problem() {
        return problem;
    }

    /** Whether the archive went over a size limit (its bytes, its entries' expansion, its posts). */
    public boolean tooLarge() {
        return tooLarge;
    }
}
