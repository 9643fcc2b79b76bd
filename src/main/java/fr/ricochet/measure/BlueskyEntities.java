package fr.ricochet.measure;

import com.twitter.twittertext.TldLists;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import fr.ricochet.rules.TopLevelDomains;

/**
 * Bluesky's reading, as its client library finds facets ({@code @atproto/api} {@code RichText}
 * {@code detectFacetsWithoutResolution}), written from its published behaviour and held to it by a differential
 * test that runs the library itself:
 * <ul>
 * <li>a mention is {@code @} and a handle with a domain, after the start, white space or "(": {@code @alice.bsky.social}
 *     is one, {@code @carol} and {@code @ville@piaille.fr} make none;</li>
 * <li>a link starts with {@code http://} or {@code https://}, or is a bare domain whose last label is a known top-level
 *     domain ({@code exemple.fr/page}), after the start, white space or "("; one closing punctuation mark is left out;</li>
 * <li>a tag is {@code #} after the start or white space, runs to the next space and keeps a character that is
 *     neither a digit nor punctuation ({@code #mot-compose}, {@code #l'été}); trailing punctuation is left out and a
 *     tag over 64 graphemes is no tag.</li>
 * </ul>
 * White space is JavaScript's {@code \s}, the set the library's expressions use.
 */
final class BlueskyEntities implements EntityReader {

    /** JavaScript's {@code \s}: Unicode's space separators, the ASCII blanks, U+FEFF and the line separators. */
    private static final String SPACE = "\\t\\n\\u000B\\f\\r \\u00A0\\u1680\\u2000-\\u200A\\u2028\\u2029\\u202F\\u205F\\u3000\\uFEFF";
    /** What ends a tag besides white space: soft hyphen, word joiner and the zero-width characters. */
    private static final String TAG_BREAK = SPACE + "\\u00AD\\u2060\\u200B\\u200C\\u200D\\u20E2";
    /** JavaScript's {@code \b} after the handle: ASCII word characters only. */
    private static final String WORD_BOUNDARY = "(?:(?<=[A-Za-z0-9_])(?![A-Za-z0-9_])|(?<![A-Za-z0-9_])(?=[A-Za-z0-9_]))";
    /** The library's expressions from their sign on; what may stand before it is checked by {@link #startsAfterLead}. */
    private static final Pattern MENTION = Pattern.compile("@([a-zA-Z0-9.-]+)" + WORD_BOUNDARY);
    /**
     * The library's {@code [a-z][a-z0-9]*(\.[a-z0-9]+)+} domain, written without a repeated group (whose recursion a
     * long dotted word would overflow): a label, a dot and a letter or digit start it, {@link #domainEnd} ends it.
     */
    private static final Pattern LINK = Pattern.compile("(https?://[^" + SPACE + "]+)|"
            + "[a-z][a-z0-9]*\\.[a-z0-9][^" + SPACE + "]*", Pattern.CASE_INSENSITIVE);
    private static final Pattern TAG = Pattern.compile("[#\\uFF03]((?!\\uFE0F)[^" + TAG_BREAK + "]*"
            + "[^0-9\\p{P}" + TAG_BREAK + "]+[^" + TAG_BREAK + "]*)?");
    private static final Pattern TRAILING_PUNCTUATION = Pattern.compile("\\p{P}+$");
    /** The longest tag Bluesky links, in graphemes. */
    static final int MAX_TAG_GRAPHEMES = 64;
    /**
     * The top-level domains a bare domain or a handle may end with. The library uses the {@code tlds} package
     * (IANA's list); this is twitter-text's list corrected by the differences the network file lists.
     */
    private final Set<String> tlds;

    BlueskyEntities(TopLevelDomains corrections) {
        Set<String> names = new HashSet<>(TldLists.GTLDS);
        names.addAll(TldLists.CTLDS);
        names.addAll(corrections.add());
        corrections.drop().forEach(names::remove);
        this.tlds = Set.copyOf(names);
    }

    /** The top-level domains this reader knows, for the test that holds them to Bluesky's list. */
    Set<String> topLevelDomains() {
        return tlds;
    }

    @Override
    public NetworkEntities read(String text, Extraction found) {
        return new NetworkEntities(tags(text), mentions(text), links(text));
    }

    private List<Entity> mentions(String text) {
        List<Entity> mentions = new ArrayList<>();
        Matcher m = MENTION.matcher(text).useTransparentBounds(true);
        int taken = 0;
        for (int at = text.indexOf('@'); at >= 0; at = text.indexOf('@', Math.max(at + 1, taken))) {
            if (!startsAfterLead(text, at, taken, true) || !m.region(at, text.length()).lookingAt()) {
                continue;
            }
            taken = m.end();
            String handle = m.group(1);
            if (knownDomain(handle) || handle.endsWith(".test")) {
                mentions.add(new Entity(EntityKind.MENTION, handle, at, handle.length() + 1));
            }
        }
        return mentions;
    }

    private List<Entity> links(String text) {
        List<Entity> links = new ArrayList<>();
        if (text.indexOf('.') < 0 && !text.contains("://")) {
            return links;
        }
        Matcher m = LINK.matcher(text);
        int taken = 0;
        for (int start = 0; start < text.length(); start++) {
            if (!asciiLetter(text.charAt(start)) || !startsAfterLead(text, start, taken, true)
                    || !m.region(start, text.length()).lookingAt()) {
                continue;
            }
            taken = m.end();
            String uri = m.group();
            if (m.group(1) != null ? !uri.startsWith("http")
                    : !knownDomain(text.substring(start, domainEnd(text, start)))) {
                continue;
            }
            int end = m.end();
            if (".,;:!?".indexOf(uri.charAt(uri.length() - 1)) >= 0) {
                uri = uri.substring(0, uri.length() - 1);
                end--;
            }
            if (uri.endsWith(")") && uri.indexOf('(') < 0) {
                end--;
            }
            links.add(new Entity(EntityKind.URL, text.substring(start, end), start, end - start));
            start = taken - 1;
        }
        return links;
    }

    private static List<Entity> tags(String text) {
        List<Entity> tags = new ArrayList<>();
        Matcher m = TAG.matcher(text);
        int taken = 0;
        for (int sign = nextSign(text, 0); sign >= 0; sign = nextSign(text, Math.max(sign + 1, taken))) {
            if (!startsAfterLead(text, sign, taken, false) || !m.region(sign, text.length()).lookingAt()) {
                continue;
            }
            taken = m.end();
            if (m.group(1) == null) {
                continue;
            }
            String tag = TRAILING_PUNCTUATION.matcher(m.group(1)).replaceFirst("");
            if (tag.isEmpty() || (tag.length() > MAX_TAG_GRAPHEMES
                    && Graphemes.boundaries(tag).length - 1 > MAX_TAG_GRAPHEMES)) {
                continue;
            }
            tags.add(new Entity(EntityKind.HASHTAG, tag, sign, tag.length() + 1));
        }
        return tags;
    }

    private static int nextSign(String text, int from) {
        int hash = text.indexOf('#', from);
        int wide = text.indexOf('\uFF03', from);
        return hash < 0 ? wide : wide < 0 ? hash : Math.min(hash, wide);
    }

    /**
     * Whether the library's expression, which opens on {@code (^|\s)} (or {@code (^|\s|\()}), can match at
     * {@code i}: at the very start, or after white space (or "(") that no earlier match of the same kind took (its
     * search goes on from where the last match ended). Looking only there, rather than letting each expression
     * try every position, is what keeps Bluesky's reading cheap.
     */
    private static boolean startsAfterLead(String text, int i, int taken, boolean paren) {
        if (i == 0) {
            return true;
        }
        if (i - 1 < taken) {
            return false;
        }
        char lead = text.charAt(i - 1);
        return isSpace(lead) || (paren && lead == '(');
    }

    /** JavaScript's {@code \s}. */
    private static boolean isSpace(char c) {
        return c == ' ' || (c >= '\t' && c <= '\r') || c == '\u00A0' || c == '\u1680' || (c >= '\u2000' && c <= '\u200A')
                || c == '\u2028' || c == '\u2029' || c == '\u202F' || c == '\u205F' || c == '\u3000' || c == '\uFEFF';
    }

    private static boolean asciiLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    /** Where the greedy {@code [a-z][a-z0-9]*(\.[a-z0-9]+)+} that starts at {@code start} ends (ASCII, any case). */
    private static int domainEnd(String text, int start) {
        int i = start + 1;
        while (i < text.length() && asciiAlnum(text.charAt(i))) {
            i++;
        }
        while (i + 1 < text.length() && text.charAt(i) == '.' && asciiAlnum(text.charAt(i + 1))) {
            i += 2;
            while (i < text.length() && asciiAlnum(text.charAt(i))) {
                i++;
            }
        }
        return i;
    }

    private static boolean asciiAlnum(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    }

    /** Ends with a dot and a known top-level domain, in lower case as the list writes them. */
    private boolean knownDomain(String name) {
        int dot = name.lastIndexOf('.');
        return dot >= 0 && tlds.contains(name.substring(dot + 1));
    }

}
