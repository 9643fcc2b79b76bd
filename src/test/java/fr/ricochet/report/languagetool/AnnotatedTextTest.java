package fr.ricochet.report.languagetool;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Offsets in the plain text that Ricochet analyses, mapped back into the document the editor holds. */
class AnnotatedTextTest {

    // <p>Venez <b>jeudi</b></p><p>#Lecture</p>  read as  "Venez jeudi\n\n#Lecture"
    private static final AnnotatedText DOCUMENT = new AnnotatedText.Builder().markup("<p>", "").text("Venez ")
            .markup("<b>", "").text("jeudi").markup("</b>", "").markup("</p><p>", "\n\n").text("#Lecture")
            .markup("</p>", "").build();

    @Test
    void plainTextReadsMarkupAsWhatItStandsFor() {
        assertThat(DOCUMENT.plain()).isEqualTo("Venez jeudi\n\n#Lecture");
        assertThat(DOCUMENT.original()).isEqualTo("<p>Venez <b>jeudi</b></p><p>#Lecture</p>");
    }

    @Test
    void spansInsideTextPiecesKeepTheirWords() {
        String original = DOCUMENT.original();
        int start = DOCUMENT.originalStart(6);
        assertThat(original.substring(start, DOCUMENT.originalEnd(11))).isEqualTo("jeudi");
        assertThat(original.substring(DOCUMENT.originalStart(13), DOCUMENT.originalEnd(21))).isEqualTo("#Lecture");
        assertThat(DOCUMENT.originalStart(0)).isEqualTo(3);
    }

    @Test
    void aSpanOverMarkupCoversTheMarkupAndTheEndStaysInsideTheLastTag() {
        // "jeudi\n\n#Lecture" crosses </b></p><p>
        assertThat(DOCUMENT.original().substring(DOCUMENT.originalStart(6), DOCUMENT.originalEnd(21)))
                .isEqualTo("jeudi</b></p><p>#Lecture");
        // an insertion at the very end goes before the closing </p>, not after it
        assertThat(DOCUMENT.originalStart(DOCUMENT.plain().length())).isEqualTo(DOCUMENT.original().length() - 4);
    }
}
