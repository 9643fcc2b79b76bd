package fr.ricochet.server.workshop;

import static org.assertj.core.api.Assertions.assertThat;

import fr.ricochet.server.workshop.TextDiff.Change;
import fr.ricochet.server.workshop.TextDiff.Piece;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class TextDiffTest {

    @Test
    void wordsRemovedAndAddedAreToldApartFromWhatStays() {
        List<Piece> diff = TextDiff.of("soirée jeux vendredi", "Soirée jeux vendredi à 18h, venez jouer !");
        assertThat(diff).containsExactly(new Piece(Change.REMOVED, "soirée"), new Piece(Change.ADDED, "Soirée"),
                new Piece(Change.SAME, " jeux vendredi"), new Piece(Change.ADDED, " à 18h, venez jouer !"));
    }

    @Test
    void theKeptAndRemovedPiecesMakeTheLeftTextAndTheKeptAndAddedTheRight() {
        String left = "Venez   nombreux !!! #jeux\n#soirée à la médiathèque";
        String right = "Venez nombreux ! #Jeux\nà la médiathèque vendredi";
        List<Piece> diff = TextDiff.of(left, right);
        assertThat(text(diff, Change.ADDED)).isEqualTo(left);
        assertThat(text(diff, Change.REMOVED)).isEqualTo(right);
        for (int i = 1; i < diff.size(); i++) {
            assertThat(diff.get(i).change()).as("runs merged").isNotEqualTo(diff.get(i - 1).change());
        }
    }

    @Test
    void twoEqualTextsAreOneKeptPieceAndTwoEmptyOnesNothing() {
        assertThat(TextDiff.of("Venez jouer", "Venez jouer")).containsExactly(new Piece(Change.SAME, "Venez jouer"));
        assertThat(TextDiff.of("", "")).isEmpty();
        assertThat(Change.REMOVED.id()).isEqualTo("removed");
    }

    /** The text made of every piece but those with the change left out. */
    private static String text(List<Piece> diff, Change leftOut) {
        return diff.stream().filter(p -> p.change() != leftOut).map(Piece::text).collect(Collectors.joining());
    }
}
