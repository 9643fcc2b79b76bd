package fr.ricochet.report.languagetool;

import static org.assertj.core.api.Assertions.assertThat;

import fr.ricochet.check.Finding;
import fr.ricochet.check.Replacement;
import fr.ricochet.check.Severity;
import fr.ricochet.check.Suggestion;
import fr.ricochet.report.EntityView;
import fr.ricochet.report.FactsView;
import fr.ricochet.value.Language;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every finding lands on at least one character of the document, where the editor can underline it. */
class PlacementTest {

    private static final String TEXT = "Venez jeudi à la médiathèque ! Lecture pour tous. #Lecture #Jeudi @mairie";
    private static final FactsView FACTS = new FactsView(
            List.of(new EntityView("Lecture", 50, 8), new EntityView("Jeudi", 59, 6)),
            List.of(new EntityView("mairie", 66, 7)), List.of(), List.of(), 0, 11, 2);
    private static final Placement PLACEMENT = new Placement(AnnotatedText.of(TEXT), Sentences.of(TEXT, Language.FR), FACTS);

    private static Finding finding(int offset, int length, Replacement... fixes) {
        return new Finding("tip", "code", Severity.SUGGESTION, "message", offset, length, List.of(),
                java.util.Arrays.stream(fixes).map(fix -> new Suggestion("fix", fix, true)).toList(), 0);
    }

    private static String covered(Placement.Span span) {
        return TEXT.substring(span.offset(), span.offset() + span.length());
    }

    @Test
    void aWholePostFindingSitsOnTheRunOfEntitiesOfItsKindAsAHint() {
        Placement.Span span = PLACEMENT.place(finding(0, 0), List.of(), "hashtag-count");
        assertThat(covered(span)).isEqualTo("#Lecture #Jeudi");
        assertThat(span.hint()).isTrue();
        assertThat(covered(PLACEMENT.place(finding(0, 0), List.of(), "mentions"))).isEqualTo("@mairie");
    }

    @Test
    void elseOnTheFirstSentence() {
        Placement.Span span = PLACEMENT.place(finding(0, 0), List.of(), "media");
        assertThat(covered(span)).isEqualTo("Venez jeudi à la médiathèque !");
        assertThat(span.hint()).isTrue();
        assertThat(span.replacements()).isEmpty();
        assertThat(covered(PLACEMENT.place(finding(0, 0), List.of(), "links"))).isEqualTo("Venez jeudi à la médiathèque !");
    }

    @Test
    void anInsertionCoversTheWordItIsGluedToAndItsValueKeepsIt() {
        Replacement hash = Replacement.insert(TEXT.indexOf("médiathèque"), "#");
        Placement.Span before = PLACEMENT.place(finding(0, 0, hash), List.of(hash), "hashtag-count");
        assertThat(covered(before)).isEqualTo("médiathèque");
        assertThat(before.replacements()).extracting(LanguageToolAnswer.Replacement::value).containsExactly("#médiathèque");
        Replacement end = Replacement.insert(TEXT.length(), " #Mairie");
        Placement.Span after = PLACEMENT.place(finding(5, 0, end), List.of(end), null);
        assertThat(covered(after)).isEqualTo("@mairie");
        assertThat(after.replacements()).extracting(LanguageToolAnswer.Replacement::value)
                .containsExactly("@mairie #Mairie");
        assertThat(after.hint()).isFalse();
    }

    @Test
    void aSpanInsideMarkupStillCoversACharacterAndOffersNoReplacement() {
        AnnotatedText document = new AnnotatedText.Builder().text("Venez").markup("<br/>", "\n").text("jeudi").build();
        Placement placement = new Placement(document, Sentences.of(document.plain(), Language.FR), null);
        Placement.Span span = placement.place(finding(5, 1, new Replacement(5, 1, " ")), List.of(new Replacement(5, 1, " ")),
                null);
        assertThat(document.original().substring(span.offset(), span.offset() + span.length())).isEqualTo("<br/>");
        assertThat(span.replacements()).isEmpty();
    }
}
