package fr.ricochet.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SpreadsheetCellsTest {

    @Test
    void cellsASpreadsheetWouldRunAsFormulasAreTurnedIntoText() {
        assertThat(SpreadsheetCells.safe("=1+1")).isEqualTo("'=1+1");
        assertThat(SpreadsheetCells.safe("+33 6")).isEqualTo("'+33 6");
        assertThat(SpreadsheetCells.safe("-2")).isEqualTo("'-2");
        assertThat(SpreadsheetCells.safe("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(SpreadsheetCells.safe("\t=1")).isEqualTo("'\t=1");
        assertThat(SpreadsheetCells.safe(" =2+2 texte")).isEqualTo("' =2+2 texte");
        assertThat(SpreadsheetCells.safe("  bonjour")).isEqualTo("  bonjour");
        assertThat(SpreadsheetCells.safe("\r=1")).isEqualTo("'\r=1");
    }

    @Test
    void aFormulaBehindInvisibleOrUnusualBlanksIsTurnedIntoTextToo() {
        for (String lead : new String[] {"\u00A0", "\u200B", "\uFEFF", "\u2007", "\u0085", "\u202F", "\u3000",
                "\u2060", "\u00A0\u200B ", "\n"}) {
            for (String formula : new String[] {"=1+1", "+33", "-2", "@SUM(A1)", "\t=1", "\r=1"}) {
                assertThat(SpreadsheetCells.safe(lead + formula)).isEqualTo("'" + lead + formula);
            }
        }
        assertThat(SpreadsheetCells.safe("\u00A0bonjour =1")).isEqualTo("\u00A0bonjour =1");
        assertThat(SpreadsheetCells.safe("\u200B")).isEqualTo("\u200B");
    }

    @Test
    void otherCellsAreLeftAsTheyAre() {
        assertThat(SpreadsheetCells.safe("Venez = bienvenue")).isEqualTo("Venez = bienvenue");
        assertThat(SpreadsheetCells.safe("#Médiation")).isEqualTo("#Médiation");
        assertThat(SpreadsheetCells.safe("")).isEmpty();
        assertThat(SpreadsheetCells.safe(null)).isNull();
    }
}
