package fr.ricochet.workshop;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class JoinCodesTest {

    @Test
    void codesAreSixCharactersWithoutLookAlikes() {
        Set<String> codes = new HashSet<>();
        for (int i = 0; i < 2000; i++) {
            String code = JoinCodes.next();
            assertThat(code).hasSize(6).doesNotContainPattern("[0O1IL]").matches("[A-Z2-9]{6}");
            codes.add(code);
        }
        assertThat(codes).hasSizeGreaterThan(1990);
        assertThat(JoinCodes.ALPHABET).doesNotContain("0", "O", "1", "I", "L");
    }

    @Test
    void aCodeTypedInLowerCaseWithSpacesOrADashIsTheSameCode() {
        assertThat(JoinCodes.normalize(" abc-def ")).isEqualTo("ABCDEF");
        assertThat(JoinCodes.normalize("abc def")).isEqualTo("ABCDEF");
        assertThat(JoinCodes.display("ABCDEF")).isEqualTo("ABC-DEF");
        assertThat(JoinCodes.normalize(JoinCodes.display("XYZ234"))).isEqualTo("XYZ234");
    }
}
