package fr.ricochet.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class AuditMessagesTest {

    private static final Pattern LONE_APOSTROPHE = Pattern.compile("(?<!')'(?!')");

    @Test
    void bothLanguagesHaveTheSameSentencesAndEveryOneCompiles() {
        assertThat(AuditMessages.bundle("en").stringPropertyNames())
                .isEqualTo(AuditMessages.bundle("fr").stringPropertyNames());
        for (String language : new String[] {"fr", "en"}) {
            for (String key : AuditMessages.bundle(language).stringPropertyNames()) {
                assertThat(LONE_APOSTROPHE.matcher(AuditMessages.bundle(language).getProperty(key)).find())
                        .as("%s in audit_%s.properties has a lone apostrophe", key, language).isFalse();
                assertThat(AuditMessages.get(language, key, "share", 0.5, "count", 2)).as(key).isNotBlank();
            }
        }
    }

    @Test
    void eachLanguageKeepsItsOwnTypography() {
        assertThat(AuditMessages.get("fr", "signal.monotony.flagged", "share", 0.83, "words", 3,
                "opening", "Nouvelle décision de")).isEqualTo("83\u00A0% des messages commencent par les mêmes trois "
                + "mots\u00A0: «\u00A0Nouvelle décision de\u00A0»\u202F; un compte tenu par une personne varie davantage.");
        assertThat(AuditMessages.get("en", "signal.monotony.flagged", "share", 0.83, "words", 3,
                "opening", "Nouvelle décision de")).isEqualTo("83% of the posts open with the same three words: "
                + "\"Nouvelle décision de\"; an account run by a person varies more.");
        assertThat(AuditMessages.get("fr", "signal.night-posting.clear", "share", 0.125, "from", 0, "to", 5,
                "zone", "Europe/Paris")).startsWith("12,5\u00A0% des messages");
        assertThat(AuditMessages.get("fr", "signal.mention-diversity.clear", "count", 40_000, "distinct", 1))
                .isEqualTo("40\u202F000 mentions et réponses visent 1 compte.");
        assertThat(AuditMessages.get("en", "signal.mention-diversity.clear", "count", 40_000, "distinct", 2))
                .isEqualTo("40,000 mentions and replies name 2 different accounts.");
    }
}
