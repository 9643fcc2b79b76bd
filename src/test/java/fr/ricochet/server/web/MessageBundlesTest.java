package fr.ricochet.server.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The page texts go through MessageFormat, where a lone apostrophe silently swallows text; each language keeps its
 * own typography, which scripts take from the bundles rather than spell themselves.
 */
class MessageBundlesTest {

    private static final Pattern LONE_APOSTROPHE = Pattern.compile("(?<!')'(?!')");

    private static Properties bundle(String language) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = MessageBundlesTest.class.getResourceAsStream("/i18n/web_" + language + ".properties")) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    @Test
    void everyApostropheIsDoubledAndRendersAsOne() throws IOException {
        for (String language : new String[] {"fr", "en"}) {
            Properties texts = bundle(language);
            for (String key : texts.stringPropertyNames()) {
                assertThat(LONE_APOSTROPHE.matcher(texts.getProperty(key)).find())
                        .as("%s in web_%s.properties has a lone apostrophe", key, language).isFalse();
            }
        }
        assertThat(Messages.get("en", "editor.zone")).isEqualTo("Audience's time zone");
    }

    /**
     * A script gluing "label : value" itself puts French spacing on English pages ("Score : 66"); its texts come from
     * the bundles, where each language has its own colon.
     */
    @Test
    void scriptsTakeTheirPunctuationFromTheBundles() throws IOException {
        Pattern glued = Pattern.compile("\\+\\s*'\\s+[:;!?]\\s*'|join\\('\\s+[:;!?]\\s*'\\)");
        try (Stream<Path> scripts = Files.list(Path.of("src/main/resources/static/js"))) {
            for (Path script : scripts.toList()) {
                assertThat(glued.matcher(Files.readString(script)).results().map(MatchResult::group).toList())
                        .as(script.toString()).isEmpty();
            }
        }
        assertThat(Messages.get("en", "result.score.status", 66)).isEqualTo("Score: 66 / 100");
        assertThat(Messages.get("fr", "result.score.status", 66)).isEqualTo("Score\u00A0: 66 / 100");
    }

    @Test
    void languagesAreNamedInThePagesLanguage() {
        assertThat(Messages.get("fr", "result.language", Messages.get("fr", "result.language.name.en")))
                .isEqualTo("Langue\u00A0: anglais");
        assertThat(Messages.get("en", "result.language", Messages.get("en", "result.language.name.fr")))
                .isEqualTo("Language: French");
    }

    @Test
    void bothLanguagesHaveTheSameKeys() throws IOException {
        assertThat(bundle("en").stringPropertyNames()).isEqualTo(bundle("fr").stringPropertyNames());
    }
}
