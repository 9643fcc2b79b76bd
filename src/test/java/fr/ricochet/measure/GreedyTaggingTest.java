package fr.ricochet.measure;

import static fr.ricochet.testing.Ids.ids;
import static org.assertj.core.api.Assertions.assertThat;

import fr.ricochet.TestEngine;
import fr.ricochet.value.Language;
import fr.ricochet.value.LanguageChoice;
import java.util.List;
import opennlp.tools.postag.POSTaggerME;
import org.junit.jupiter.api.Test;

/** Greedy decoding of the official POS models gives the beam search's tags on drafts like ours. */
class GreedyTaggingTest {

    @Test
    void greedyTagsAgreeWithTheBeamOnTheTipExamples() {
        TextMeasurer measurer = TextMeasurer.forRules(TestEngine.RULES);
        POSTaggerME beamFr = new POSTaggerME(NlpModels.publishedPosModel(Language.FR));
        POSTaggerME beamEn = new POSTaggerME(NlpModels.publishedPosModel(Language.EN));
        int tokens = 0;
        int agreed = 0;
        for (var tip : TestEngine.RULES.tips()) {
            for (var example : tip.examples()) {
                Facts facts = measurer.measure(example.draft().get("text").asText(), LanguageChoice.AUTO, ids("x"));
                if (facts.tokens().isEmpty()) {
                    continue;
                }
                String[] words = facts.tokens().stream().map(Token::text).toArray(String[]::new);
                boolean english = facts.language() == Language.EN;
                String[] beam = (english ? beamEn : beamFr).tag(words);
                // The greedy decoder as such: the drafts' tags also carry the sentence-opening correction.
                String[] greedy = (english ? NlpModels.get().tagsEn : NlpModels.get().tagsFr).tag(words);
                for (int i = 0; i < words.length; i++) {
                    tokens++;
                    agreed += beam[i].equals(greedy[i]) ? 1 : 0;
                }
            }
        }
        assertThat(tokens).isGreaterThan(500);
        assertThat((double) agreed / tokens).isGreaterThanOrEqualTo(0.99);
    }
}
