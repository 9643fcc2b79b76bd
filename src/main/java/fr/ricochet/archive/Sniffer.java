package fr.ricochet.archive;

import java.nio.charset.StandardCharsets;

/** What a file is, from its first bytes: the name it was uploaded under may say anything. */
final class Sniffer {

    enum Kind { ZIP, CAR, JSONL, CSV, EMPTY, UNKNOWN }

    private Sniffer() {
    }

    static Kind sniff(byte[] head) {
        if (head.length == 0) {
            return Kind.EMPTY;
        }
        if (head.length >= 4 && head[0] == 'P' && head[1] == 'K' && (head[2] == 3 || head[2] == 5)
                && (head[3] == 4 || head[3] == 6)) {
            return Kind.ZIP;
        }
        if (looksLikeCar(head)) {
            return Kind.CAR;
        }
        int first = firstNonBlank(head);
        if (first < 0) {
            return Kind.EMPTY;
        }
        if (head[first] == '{') {
            return Kind.JSONL;
        }
        for (byte b : head) {
            if (b >= 0 && b < 0x09) {
                return Kind.UNKNOWN;
            }
        }
        return Kind.CSV;
    }

    /** A varint length, then a DAG-CBOR map (major type 5) whose first key, shortest first, is "roots". */
    private static boolean looksLikeCar(byte[] head) {
        int i = 0;
        while (i < head.length && i < 3 && (head[i] & 0x80) != 0) {
            i++;
        }
        i++;
        if (i >= head.length || (head[i] & 0xe0) != 0xa0) {
            return false;
        }
        String rest = new String(head, i, head.length - i, StandardCharsets.ISO_8859_1);
        return rest.contains("roots") || rest.contains("version");
    }

    private static int firstNonBlank(byte[] head) {
        int i = 0;
        if (head.length >= 3 && (head[0] & 0xff) == 0xef && (head[1] & 0xff) == 0xbb && (head[2] & 0xff) == 0xbf) {
            i = 3;
        }
        while (i < head.length && Character.isWhitespace(head[i])) {
            i++;
        }
        return i < head.length ? i : -1;
    }
}
