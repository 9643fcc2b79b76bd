package fr.ricochet.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import fr.ricochet.TestEngine;
import fr.ricochet.rules.TipSpec;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Spelling and grammar as Ricochet reports them next to LanguageTool 6.6's own server, on 50 drafts with mistakes
 * (30 French, 20 English, written for this test): every match Ricochet reports is one LanguageTool reports, same
 * rule, same span, same category; no rule the tip file turns off ever shows; and of LanguageTool's other matches,
 * Ricochet leaves out only those its tip explains (inside an entity, a name, a word its dictionaries know, a
 * correction too far from the word, a word another tip already pointed at), counted and printed here.
 */
@Timeout(value = 10, unit = TimeUnit.MINUTES)
class LanguageToolAgreementTest {

    private static final Path DRAFTS = Path.of("src/test/resources/languagetool/agreement-drafts.txt");
    private static final int FRENCH = 30;

    /** One match as both servers name it. */
    record Match(int draft, String rule, int offset, int length, String category) {
    }

    private static LanguageToolReference languageTool;
    private static TestServer ricochet;
    private static final List<Match> reference = new ArrayList<>();
    private static final List<Match> reported = new ArrayList<>();
    private static Set<String> disabledRules;
    private static Set<String> disabledCategories;

    @BeforeAll
    static void checkEveryDraftOnBothServers() throws IOException {
        languageTool = LanguageToolReference.start();
        ricochet = TestServer.start(Map.of(), TestEngine.withGrammar());
        TipSpec tip = TestEngine.RULES.tips().stream().filter(t -> t.kind().equals("language")).findFirst().orElseThrow();
        disabledRules = new HashSet<>();
        disabledCategories = new HashSet<>();
        tip.settings().path("disabled").forEach(off -> {
            if (off.hasNonNull("rule")) {
                disabledRules.add(off.get("rule").asText());
            }
            if (off.hasNonNull("category")) {
                disabledCategories.add(off.get("category").asText());
            }
        });
        List<String> drafts = Files.readAllLines(DRAFTS, StandardCharsets.UTF_8);
        assertThat(drafts).hasSize(50);
        for (int i = 0; i < drafts.size(); i++) {
            Map<String, String> form = Map.of("text", drafts.get(i).replace("\\n", "\n"),
                    "language", i < FRENCH ? "fr" : "en-US");
            matches(i, TestServer.json(languageTool.postForm("/v2/check", form)), reference, false);
            matches(i, TestServer.json(ricochet.postForm("/v2/check", form)), reported, true);
        }
    }

    private static void matches(int draft, JsonNode answer, List<Match> into, boolean languageOnly) {
        for (JsonNode match : answer.path("matches")) {
            String category = match.path("rule").path("category").path("id").asText();
            if (languageOnly && category.equals("SOCIAL_MEDIA")) {
                continue; // Ricochet's own advice, which LanguageTool does not give
            }
            into.add(new Match(draft, match.path("rule").path("id").asText(), match.path("offset").asInt(),
                    match.path("length").asInt(), category));
        }
    }

    @AfterAll
    static void stop() {
        if (ricochet != null) {
            ricochet.close();
        }
        if (languageTool != null) {
            languageTool.close();
        }
    }

    @Test
    void everyMatchRicochetReportsIsOneLanguageToolReports() {
        assertThat(reported).isNotEmpty();
        assertThat(reference).containsAll(reported);
    }

    @Test
    void noRuleTheTipTurnsOffIsReported() {
        assertThat(reported).noneMatch(m -> disabledRules.contains(m.rule()) || disabledCategories.contains(m.category()));
    }

    @Test
    void ricochetReportsNearlyAllOfWhatLanguageToolFindsOutsideTheRulesItTurnsOff() {
        List<Match> expected = reference.stream()
                .filter(m -> !disabledRules.contains(m.rule()) && !disabledCategories.contains(m.category())).toList();
        List<Match> leftOut = expected.stream().filter(m -> !reported.contains(m)).toList();
        double agreement = (double) (expected.size() - leftOut.size()) / expected.size();
        System.out.printf("LanguageTool agreement: %d of %d matches outside the disabled rules (%.1f %%); left out: %s%n",
                expected.size() - leftOut.size(), expected.size(), 100 * agreement, leftOut);
        assertThat(agreement).as("left out: %s", leftOut).isGreaterThanOrEqualTo(0.95);
        // Every draft has a mistake LanguageTool sees, and Ricochet says at least one of them.
        for (int draft = 0; draft < 50; draft++) {
            int d = draft;
            if (expected.stream().anyMatch(m -> m.draft() == d)) {
                assertThat(reported).as("draft %d", d + 1).anyMatch(m -> m.draft() == d);
            }
        }
    }
}
