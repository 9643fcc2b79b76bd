package fr.ricochet.server.workshop;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a QR code back from the SVG a page drew: the path's rectangles become dark pixels of an image (a few pixels
 * per module, as a camera would see it), which ZXing's own reader decodes.
 */
final class QrSvg {

    private static final Pattern VIEW_BOX = Pattern.compile("viewBox=\"0 0 (\\d+) (\\d+)\"");
    private static final Pattern PATH = Pattern.compile("<path[^>]* d=\"([^\"]+)\"");
    private static final Pattern RUN = Pattern.compile("M(\\d+) (\\d+)h(\\d+)v1h-(\\d+)z");
    private static final int PIXELS_PER_MODULE = 4;

    private QrSvg() {
    }

    /** Decodes the first QR code drawn in the given SVG markup (an svg element, or a page holding one). */
    static String decode(String svg) {
        Matcher box = VIEW_BOX.matcher(svg);
        Matcher path = PATH.matcher(svg);
        if (!box.find() || !path.find(box.end())) {
            throw new AssertionError("no QR code SVG in: " + svg);
        }
        return decode(Integer.parseInt(box.group(1)), path.group(1));
    }

    static String decode(int modules, String path) {
        int side = modules * PIXELS_PER_MODULE;
        int[] pixels = new int[side * side];
        java.util.Arrays.fill(pixels, 0xFFFFFFFF);
        Matcher run = RUN.matcher(path);
        int drawn = 0;
        while (run.find()) {
            int x = Integer.parseInt(run.group(1));
            int y = Integer.parseInt(run.group(2));
            int length = Integer.parseInt(run.group(3));
            for (int py = y * PIXELS_PER_MODULE; py < (y + 1) * PIXELS_PER_MODULE; py++) {
                for (int px = x * PIXELS_PER_MODULE; px < (x + length) * PIXELS_PER_MODULE; px++) {
                    pixels[py * side + px] = 0xFF000000;
                }
            }
            drawn += run.end() - run.start();
        }
        if (drawn != path.length()) {
            throw new AssertionError("the path holds more than rectangles of one row: " + path);
        }
        try {
            return new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(
                    new RGBLuminanceSource(side, side, pixels)))).getText();
        } catch (com.google.zxing.ReaderException e) {
            throw new AssertionError("the QR code does not decode", e);
        }
    }
}
