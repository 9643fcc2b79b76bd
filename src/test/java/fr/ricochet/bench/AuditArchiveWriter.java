package fr.ricochet.bench;

import fr.ricochet.archive.PlantedAccounts;
import fr.ricochet.archive.SyntheticArchives;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes the audit benchmark's archive: {@code PlantedAccounts.large(N)} in X's real archive format.
 * Usage: {@code AuditArchiveWriter POSTS FILE} (see src/test/bench/audit.sh).
 */
public final class AuditArchiveWriter {

    private AuditArchiveWriter() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("usage: AuditArchiveWriter POSTS FILE");
            System.exit(2);
        }
        int posts = Integer.parseInt(args[0]);
        Path file = Path.of(args[1]);
        Files.write(file, SyntheticArchives.xArchive(PlantedAccounts.large(posts)));
        System.out.printf("%s: an X archive of %,d posts, %,d bytes%n", file, posts, Files.size(file));
    }
}
