package fr.ricochet.workshop;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Base64;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TokensTest {

    @Test
    void anIssuedTokenNamesItsOwnerAndCarries256RandomBitsOfWhichOnlyTheHashIsKept() {
        Tokens.Issued issued = Tokens.issue("owner-1");

        Tokens.Presented presented = Tokens.parse(issued.token()).orElseThrow();

        assertThat(presented.ownerId()).isEqualTo("owner-1");
        assertThat(Base64.getUrlDecoder().decode(presented.secret())).hasSize(32);
        assertThat(issued.hash()).hasSize(32).isNotEqualTo(presented.secret().getBytes());
        assertThat(Tokens.matches(presented.secret(), issued.hash())).isTrue();
    }

    @Test
    void aSecretDifferingInOneCharacterDoesNotMatch() {
        Tokens.Issued issued = Tokens.issue("owner");
        String secret = Tokens.parse(issued.token()).orElseThrow().secret();
        String altered = secret.substring(0, 10) + (secret.charAt(10) == 'A' ? 'B' : 'A') + secret.substring(11);

        assertThat(Tokens.matches(altered, issued.hash())).isFalse();
        assertThat(Tokens.matches("", issued.hash())).isFalse();
    }

    @Test
    void everyTokenIsDifferent() {
        Set<String> secrets = new HashSet<>();
        for (int i = 0; i < 1000; i++) {
            secrets.add(Tokens.parse(Tokens.issue("same").token()).orElseThrow().secret());
        }
        assertThat(secrets).hasSize(1000);
    }

    @Test
    void somethingThatCannotBeATokenIsRecognisedBeforeAnyLookUp() {
        assertThat(Tokens.parse(null)).isEmpty();
        assertThat(Tokens.parse("")).isEmpty();
        assertThat(Tokens.parse("ABCDEF")).isEmpty();
        assertThat(Tokens.parse(".secret")).isEmpty();
        assertThat(Tokens.parse("owner.")).isEmpty();
        assertThat(Tokens.parse("o." + "x".repeat(300))).isEmpty();
    }
}
