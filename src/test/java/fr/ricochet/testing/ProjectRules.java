package fr.ricochet.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** The project's own rules directory, copied where a test may break it. */
public final class ProjectRules {

    private ProjectRules() {
    }

    /** Copies {@code rules/} into {@code directory} (files and folders), for a test to edit. */
    public static Path copyTo(Path directory) throws IOException {
        try (Stream<Path> files = Files.walk(Path.of("rules"))) {
            for (Path source : files.sorted(Comparator.naturalOrder()).toList()) {
                Path target = directory.resolve(Path.of("rules").relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(source, target);
                }
            }
        }
        return directory;
    }
}
