package fr.ricochet.archive;

import java.io.IOException;
import java.io.InputStream;
import java.io.PushbackInputStream;

/**
 * X's archive files are JavaScript, not JSON: {@code window.YTD.tweets.part0 = [ ... ]}. This skips the assignment
 * and hands over a stream that starts at the array, so Jackson can stream it.
 *
 * @param array the file from its array on
 * @param length how many bytes came before the array
 */
record YtdPrefix(InputStream array, int length) {

    /** The longest assignment X writes is well under this. */
    private static final int MAX_PREFIX = 256;

    /** The array of {@code in}, and how many bytes came before it (for the columns an error points at). */
    static YtdPrefix skip(InputStream in, String file) throws IOException, ArchiveException {
        PushbackInputStream pushback = new PushbackInputStream(in, 1);
        StringBuilder prefix = new StringBuilder();
        for (int read = 0; read < MAX_PREFIX; read++) {
            int b = pushback.read();
            if (b < 0) {
                break;
            }
            if (b == '[') {
                pushback.unread(b);
                if (!isAssignment(prefix.toString())) {
                    throw Problems.notYtdFile(file);
                }
                return new YtdPrefix(pushback, read);
            }
            prefix.append((char) b);
        }
        throw Problems.notYtdFile(file);
    }

    /** Nothing at all (a plain JSON file), or {@code window.YTD.<name>.part<n> =}, with a byte order mark or not. */
    private static boolean isAssignment(String prefix) {
        String bare = prefix.replace("\u00ef\u00bb\u00bf", "").strip();
        return bare.isEmpty() || bare.matches("window\\.YTD\\.[A-Za-z0-9_]+\\.part\\d+\\s*=");
    }
}
