package fr.ricochet.server.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The page texts go through MessageFormat, where a lone apostrophe silently swallows text. */
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

    @Test
    void bothLanguagesHaveTheSameKeys() throws IOException {
        assertThat(bundle("en").stringPropertyNames()).isEqualTo(bundle("fr").stringPropertyNames());
    }
}
