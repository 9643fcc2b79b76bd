package fr.ricochet.measure;

import static fr.ricochet.testing.Ids.id;
import static fr.ricochet.testing.Ids.ids;
import static org.assertj.core.api.Assertions.assertThat;

import com.twitter.twittertext.Extractor;
import com.twitter.twittertext.TwitterTextParser;
import fr.ricochet.TestEngine;
import fr.ricochet.value.LanguageChoice;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * X's reading held to twitter-text's own full parse and extraction, on the same tricky drafts as Bluesky's: the
 * weighted length, whether it fits 280, and the hashtags, mentions and links ({@code @user@domain} is no mention).
 * The agreement table goes to {@code target/network-agreement/x.md}.
 */
class XDifferentialTest {

    private static final TextMeasurer MEASURER = TextMeasurer.forRules(TestEngine.RULES);

    @Test
    void ricochetReadsDraftsAsTwitterTextDoes() throws Exception {
        long seed = Long.getLong("ricochet.seed", BlueskyDifferentialTest.DEFAULT_SEED);
        List<String> drafts = new ArrayList<>(TrickyDrafts.handWritten());
        drafts.addAll(TrickyDrafts.generated(seed, Integer.getInteger("ricochet.tries", 1200)));
        AgreementTable table = new AgreementTable("X (twitter-text 3.1.0 parseTweet and extractEntitiesWithIndices), seed "
                + seed + ", " + drafts.size() + " drafts");
        Extractor extractor = new Extractor();
        for (String text : drafts) {
            Facts facts = MEASURER.measure(text, LanguageChoice.FR, ids("x"));
            NetworkLength length = facts.length(id("x"));
            int weighted = TwitterTextParser.parseTweet(text).weightedLength;
            table.record("length", text, length.length() == weighted, length.length() + " vs " + weighted);
            table.record("withinLimit", text, length.fits() == (weighted <= 280), length.fits() + " vs " + weighted);
            List<Extractor.Entity> theirs = extractor.extractEntitiesWithIndices(text);
            NetworkEntities ours = facts.on(id("x"));
            table.entities("hashtags", text, ours.hashtags(), spans(theirs, Extractor.Entity.Type.HASHTAG), true);
            table.entities("mentions", text, ours.mentions(), spans(theirs, Extractor.Entity.Type.MENTION), true);
            table.entities("urls", text, ours.urls(), spans(theirs, Extractor.Entity.Type.URL), true);
        }
        table.write("x");
        assertThat(table.disagreements("length")).as("length").isEmpty();
        assertThat(table.disagreements("withinLimit")).as("withinLimit").isEmpty();
        for (String kind : List.of("hashtags", "mentions", "urls")) {
            assertThat(table.disagreements(kind)).as(kind).isEmpty();
        }
    }

    private static List<String> spans(List<Extractor.Entity> entities, Extractor.Entity.Type type) {
        return entities.stream().filter(e -> e.getType() == type)
                .map(e -> e.getStart() + "+" + (e.getEnd() - e.getStart()) + " " + e.getValue()).toList();
    }
}
