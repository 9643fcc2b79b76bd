package fr.ricochet.server.workshop;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.util.Map;

/**
 * A QR code drawn as one SVG path, made on the server from ZXing's matrix: no image file, no outside service, sharp
 * at any size the projector scales it to. Each row's runs of dark modules become one rectangle of the path.
 *
 * @param size the side of the square in modules, the quiet zone included: the SVG's viewBox is {@code 0 0 size size}
 * @param path the dark modules, in the SVG path syntax, one unit per module
 */
record QrCode(int size, String path) {

    /** ZXing's default quiet zone: four modules of white around the code, which readers need to find it. */
    private static final int QUIET_ZONE = 4;

    static QrCode of(String text) {
        BitMatrix matrix;
        try {
            // Medium correction: a projected code is read from afar, sometimes half-lit; M survives 15 % of damage.
            matrix = new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, 0, 0, Map.of(
                    EncodeHintType.MARGIN, QUIET_ZONE, EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M,
                    EncodeHintType.CHARACTER_SET, "UTF-8"));
        } catch (WriterException e) {
            // Only a text too long for any QR version fails; a join link is a few dozen characters.
            throw new IllegalArgumentException("a QR code cannot hold " + text.length() + " characters", e);
        }
        StringBuilder path = new StringBuilder();
        for (int y = 0; y < matrix.getHeight(); y++) {
            int x = 0;
            while (x < matrix.getWidth()) {
                if (!matrix.get(x, y)) {
                    x++;
                    continue;
                }
                int start = x;
                while (x < matrix.getWidth() && matrix.get(x, y)) {
                    x++;
                }
                path.append('M').append(start).append(' ').append(y).append('h').append(x - start).append("v1h-")
                        .append(x - start).append('z');
            }
        }
        return new QrCode(matrix.getWidth(), path.toString());
    }
}
