package fr.ricochet.server.workshop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class QrCodeTest {

    @Test
    void theSvgPathDecodesBackToTheLinkWithItsQuietZone() {
        String link = "https://ateliers.example.fr/workshops/K7M2QX";
        QrCode qr = QrCode.of(link);
        assertThat(QrSvg.decode(qr.size(), qr.path())).isEqualTo(link);
        // Version 4 (33 modules) holds these 44 bytes at medium correction; four white modules on each side.
        assertThat(qr.size()).isEqualTo(33 + 8);
        assertThat(qr.path()).startsWith("M4 4h7v1h-7z");
    }

    @Test
    void aTextNoQrCodeCanHoldIsRefusedWithItsLength() {
        assertThatThrownBy(() -> QrCode.of("x".repeat(5000))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("5000 characters");
    }
}
