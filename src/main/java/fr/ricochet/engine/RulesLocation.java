package fr.ricochet.engine;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.util.Map;

/**
 * Where the rules come from: the {@code --rules} option, else {@code RICOCHET_RULES}, else the rules
 * embedded in the jar, so a fresh install works with no configuration.
 */
public final class RulesLocation {

    public static final String ENVIRONMENT = "RICOCHET_RULES";

    private RulesLocation() {
    }

    public static Path resolve(Path option) {
        if (option != null) {
            return option;
        }
        String fromEnvironment = System.getenv(ENVIRONMENT);
        if (fromEnvironment != null && !fromEnvironment.isBlank()) {
            return Path.of(fromEnvironment);
        }
        return embedded();
    }

    /** The {@code rules/} folder packed into the jar (or into target/classes when run from the build). */
    public static Path embedded() {
        URL marker = RulesLocation.class.getResource("/rules/networks/x.yaml");
        if (marker == null) {
            throw new IllegalStateException("the embedded rules are missing from the class path");
        }
        try {
            URI uri = marker.toURI();
            if ("jar".equals(uri.getScheme())) {
                FileSystem jar;
                try {
                    jar = FileSystems.newFileSystem(uri, Map.of());
                } catch (FileSystemAlreadyExistsException e) {
                    jar = FileSystems.getFileSystem(uri);
                }
                return jar.getPath("/rules");
            }
            return Path.of(uri).getParent().getParent();
        } catch (URISyntaxException e) {
            throw new IllegalStateException("cannot locate the embedded rules", e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the embedded rules", e);
        }
    }
}
