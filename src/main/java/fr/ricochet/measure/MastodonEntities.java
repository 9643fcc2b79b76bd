package fr.ricochet.measure;

import com.twitter.twittertext.Regex;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Mastodon's reading, as its server finds entities before counting a status (its {@code Extractor} over
 * twitter-text, with its own handle, tag and link-path patterns), written from its published behaviour and spec
 * examples (fixtures in {@code src/test/resources/networks/mastodon.yaml}):
 * <ul>
 * <li>a link needs its scheme ({@code https://}, also {@code gemini://}, {@code ipfs://}…): a bare domain such as
 *     {@code exemple.fr} is plain text; the domain is twitter-text's, and the path and query run on over emoji, CJK and
 *     accents, except a closing punctuation mark;</li>
 * <li>a mention is {@code @user} or {@code @user@domain}, the user in ASCII letters, digits and {@code _ . -}, never
 *     after a letter, a digit, {@code =} or {@code /}, and not followed by an {@code @}, an accented letter or
 *     {@code ://}; a domain longer than 253 characters makes no mention;</li>
 * <li>a tag is {@code #} after the start or white space and a run of word characters holding a letter
 *     ({@code _}, {@code ·}, {@code ・} and ZWNJ may join them inside): {@code #mot-compose} is {@code #mot}.</li>
 * </ul>
 */
final class MastodonEntities implements EntityReader {

    static final int MAX_DOMAIN_LENGTH = 253;
    /** twitter-text takes no link longer than this: a longer one is plain text (Mastodon's spec checks it). */
    static final int MAX_URL_LENGTH = 4096;
    /** Ruby's {@code [[:word:]]} on Unicode text. */
    private static final String WORD = "\\p{L}\\p{M}\\p{N}\\p{Pc}";
    /**
     * {@code Account::MENTION_RE}, its {@code x+([.-]+x+)*} parts written {@code x(?:[x.-]*x)?}, which match the same
     * greedily without a repeated group (whose recursion a long dotted handle would overflow).
     */
    private static final Pattern MENTION = Pattern.compile("(?<![=/" + WORD + "])@([a-z0-9_](?:[a-z0-9_.-]*[a-z0-9_])?"
            + "(?:@[" + WORD + "](?:[" + WORD + ".-]*[" + WORD + "])?)?)", Pattern.CASE_INSENSITIVE);
    private static final String SEPARATORS = "_\\u00B7\\u30FB\\u200C";
    private static final Pattern TAG = Pattern.compile("(?<=^|\\p{IsWhite_Space})[#\\uFF03]("
            + "[" + WORD + "_][" + WORD + SEPARATORS + "]*[\\p{IsAlphabetic}" + SEPARATORS + "][" + WORD + SEPARATORS
            + "]*[" + WORD + "_]|[" + WORD + "_]*\\p{IsAlphabetic}[" + WORD + "_]*)");
    private static final Pattern SCHEME = Pattern.compile("(?:https?|dat|dweb|ipfs|ipns|ssb|gopher|gemini)://",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern SCHEME_AFTER_TAG = Pattern.compile("(.+)(https?)$");
    private static final Pattern PORT = Pattern.compile(":[0-9]+");
    /** Mastodon's path: anything but white space, angle brackets, parentheses and "?", balanced parentheses allowed. */
    private static final String PATH_CHAR = "[^\\p{IsWhite_Space}<>()?]";
    private static final String PARENS = "\\((?:" + PATH_CHAR + "+|(?:" + PATH_CHAR + "*\\(" + PATH_CHAR + "+\\)"
            + PATH_CHAR + "*))\\)";
    private static final String PATH_END = "(?:[^\\p{IsWhite_Space}()?!*\"'「」<>;:=,.$%\\[\\]~&|@]|" + PARENS + ")";
    private static final String PATH = "(?:(?:" + PATH_CHAR + "*(?:" + PARENS + PATH_CHAR + "*)*" + PATH_END + ")|(?:"
            + PATH_CHAR + "+/))";
    private static final String UCHARS = "\\u00A0-\\uD7FF\\uF900-\\uFDCF\\uFDF0-\\uFFEF\\x{10000}-\\x{1FFFD}"
            + "\\x{20000}-\\x{2FFFD}\\x{30000}-\\x{3FFFD}\\x{40000}-\\x{4FFFD}\\x{50000}-\\x{5FFFD}\\x{60000}-\\x{6FFFD}"
            + "\\x{70000}-\\x{7FFFD}\\x{80000}-\\x{8FFFD}\\x{90000}-\\x{9FFFD}\\x{A0000}-\\x{AFFFD}\\x{B0000}-\\x{BFFFD}"
            + "\\x{C0000}-\\x{CFFFD}\\x{D0000}-\\x{DFFFD}\\x{E1000}-\\x{EFFFD}\\uE000-\\uF8FF\\x{F0000}-\\x{FFFFD}"
            + "\\x{100000}-\\x{10FFFD}";
    private static final Pattern TAIL = Pattern.compile("(?:/" + PATH + "*)?(?:\\?[a-z0-9!?*'();:&=+$/%#\\[\\]\\-_.,~|@^"
            + UCHARS + "]*[a-z0-9_&=#/\\-" + UCHARS + "])?", Pattern.CASE_INSENSITIVE);

    @Override
    public NetworkEntities read(String text, Extraction found) {
        List<Entity> all = new ArrayList<>();
        all.addAll(links(text, found));
        all.addAll(tags(text));
        all.addAll(mentions(text));
        // as Mastodon's remove_overlapping_entities: by start, an entity overlapping the one kept before it goes
        List<Entity> kept = new ArrayList<>();
        for (Entity entity : Extraction.sorted(all)) {
            if (kept.isEmpty() || kept.get(kept.size() - 1).end() <= entity.offset()) {
                kept.add(entity);
            }
        }
        return NetworkEntities.of(kept);
    }

    /**
     * Links with a scheme. For {@code http} and {@code https} the neutral extraction found them already: twitter-text's
     * link gives the domain (the same expression as Mastodon's), and only the path is read again with Mastodon's
     * characters; twitter-text's long list of domains is matched here only after Mastodon's other schemes.
     */
    private static List<Entity> links(String text, Extraction found) {
        List<Entity> links = new ArrayList<>();
        if (!text.contains("://")) {
            return links;
        }
        Map<Integer, Entity> twitterLinks = new HashMap<>();
        Stream.concat(found.twitterText().stream(), found.hiddenLinks().stream())
                .filter(e -> e.kind() == EntityKind.URL).forEach(e -> twitterLinks.put(e.offset(), e));
        Matcher scheme = SCHEME.matcher(text);
        Matcher domain = Regex.VALID_DOMAIN.matcher(text);
        Matcher port = PORT.matcher(text);
        Matcher tail = TAIL.matcher(text);
        int from = 0;
        while (from < text.length() && scheme.find(from)) {
            int start = scheme.start();
            from = scheme.end();
            if (start > 0 && invalidBefore(text.charAt(start - 1))) {
                continue;
            }
            int end;
            if (Character.toLowerCase(text.charAt(start)) == 'h') {
                Entity link = twitterLinks.get(start);
                if (link == null) {
                    continue;
                }
                end = hostEnd(link.value(), scheme.end() - start) + start;
            } else if (domain.region(scheme.end(), text.length()).lookingAt()) {
                end = domain.end();
                if (port.region(end, text.length()).lookingAt()) {
                    end = port.end();
                }
            } else {
                continue;
            }
            // a link longer than twitter-text takes is text whatever its end: the path is read no further than that
            if (tail.region(end, Math.min(text.length(), start + MAX_URL_LENGTH + 1)).lookingAt()) {
                end = tail.end();
            }
            if (end - start <= MAX_URL_LENGTH) {
                links.add(new Entity(EntityKind.URL, text.substring(start, end), start, end - start));
            }
            from = end;
        }
        return links;
    }

    /** Where a link's domain and port end: at its path ("/") or query ("?"), else at its end. */
    private static int hostEnd(String link, int afterScheme) {
        for (int i = afterScheme; i < link.length(); i++) {
            if (link.charAt(i) == '/' || link.charAt(i) == '?') {
                return i;
            }
        }
        return link.length();
    }

    private static List<Entity> mentions(String text) {
        List<Entity> mentions = new ArrayList<>();
        if (text.indexOf('@') < 0) {
            return mentions;
        }
        Matcher m = fromSigns(MENTION, text);
        Matcher after = Regex.INVALID_MENTION_MATCH_END.matcher(text);
        int taken = 0;
        for (int sign = text.indexOf('@'); sign >= 0; sign = text.indexOf('@', Math.max(sign + 1, taken))) {
            if (!m.region(sign, text.length()).lookingAt()) {
                continue;
            }
            taken = m.end();
            if (after.region(m.end(), text.length()).lookingAt()) {
                continue;
            }
            String name = m.group(1);
            int at = name.indexOf('@');
            if (at >= 0 && name.length() - at - 1 > MAX_DOMAIN_LENGTH) {
                continue;
            }
            mentions.add(new Entity(EntityKind.MENTION, name, m.start(), name.length() + 1));
        }
        return mentions;
    }

    private static List<Entity> tags(String text) {
        List<Entity> tags = new ArrayList<>();
        if (text.indexOf('#') < 0 && text.indexOf('\uFF03') < 0) {
            return tags;
        }
        Matcher m = fromSigns(TAG, text);
        int taken = 0;
        for (int sign = nextSign(text, 0); sign >= 0; sign = nextSign(text, Math.max(sign + 1, taken))) {
            if (!m.region(sign, text.length()).lookingAt()) {
                continue;
            }
            taken = m.end();
            String tag = m.group(1);
            int end = m.end();
            // a tag glued to a link's scheme ("#infohttps://…") leaves the scheme to the link, as Mastodon does
            if (text.startsWith("://", end)) {
                Matcher scheme = SCHEME_AFTER_TAG.matcher(tag);
                if (scheme.matches()) {
                    tag = scheme.group(1);
                    end -= scheme.group(2).length();
                }
            }
            tags.add(new Entity(EntityKind.HASHTAG, tag, m.start(), end - m.start()));
        }
        return tags;
    }

    /**
     * A matcher tried only where its sign stands (an {@code @}, a {@code #}) rather than at every position, which
     * keeps Mastodon's reading cheap; its look-behind still sees the text before.
     */
    private static Matcher fromSigns(Pattern pattern, String text) {
        return pattern.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
    }

    private static int nextSign(String text, int from) {
        int hash = text.indexOf('#', from);
        int wide = text.indexOf('\uFF03', from);
        return hash < 0 ? wide : wide < 0 ? hash : Math.min(hash, wide);
    }

    /** A character a link may not follow (twitter-text's rule): an ASCII letter or digit, an at sign, a dollar, a hash. */
    private static boolean invalidBefore(char c) {
        return (c < 128 && Character.isLetterOrDigit(c)) || "@\uFF20$#\uFF03".indexOf(c) >= 0
                || (c >= '\u202A' && c <= '\u202E');
    }
}
