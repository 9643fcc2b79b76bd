package fr.ricochet.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class AppNamesTest {

    private static final List<String> AUTOMATED = List.of("IFTTT", "dlvr.it", "Zapier", "Make (Integromat)");
    private static final List<String> SCHEDULED = List.of("Buffer", "Hootsuite");

    @Test
    void anAppsSpellingsAreOneName() {
        for (String source : List.of("Zapier.com", "zapier", "ZAPIER.COM", "https://www.zapier.com/app",
                "<a href=\"https://zapier.com/\" rel=\"nofollow\">Zapier.com</a>")) {
            assertThat(AppNames.listed(source, AUTOMATED)).as(source).contains("Zapier");
        }
        assertThat(AppNames.listed("https://dlvr.it/", AUTOMATED)).contains("dlvr.it");
        assertThat(AppNames.listed("IFTTT.com", AUTOMATED)).contains("IFTTT");
        assertThat(AppNames.listed("Hootsuite Inc.", SCHEDULED)).contains("Hootsuite");
    }

    @Test
    void anAnchorIsReadByItsLinkWhenItsTextIsTheAccountsOwnName() {
        assertThat(AppNames.listed("<a href=\"https://ifttt.com\" rel=\"nofollow\">Air quality feed</a>", AUTOMATED))
                .contains("IFTTT");
    }

    @Test
    void otherAppsAndLookAlikesAreNotListed() {
        for (String source : List.of("Twitter for iPhone", "Twitter Web App", "Zapiering tool", "bufferzone.com",
                "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>")) {
            assertThat(AppNames.listed(source, AUTOMATED)).as(source).isEmpty();
            assertThat(AppNames.listed(source, SCHEDULED)).as(source).isEmpty();
        }
    }
}
