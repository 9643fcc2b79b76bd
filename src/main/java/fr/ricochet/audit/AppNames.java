package fr.ricochet.audit;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An app's name as an archive writes it, reduced so that the spellings of one app are one name: "Zapier.com",
 * "zapier", "https://www.zapier.com/" and X's {@code <a href="https://zapier.com/">Zapier</a>} are all Zapier.
 * Apps name themselves as their site as often as by their brand, and X's anchor gives both its text and its link.
 */
final class AppNames {

    private static final Pattern ANCHOR = Pattern.compile(
            "<a\\b[^>]*?\\bhref\\s*=\\s*[\"']([^\"']*)[\"'][^>]*>(.*?)</a>", Pattern.DOTALL | Pattern.CASE_INSENSITIVE);
    private static final Pattern TAG = Pattern.compile("<[^>]*>");
    private static final Pattern SCHEME = Pattern.compile("^[a-z][a-z0-9+.-]*://");

    private AppNames() {
    }

    /** The listed name (as the rules write it) that the source is one spelling of, if any. */
    static Optional<String> listed(String source, List<String> names) {
        List<String> spellings = spellings(source);
        return names.stream().filter(name -> {
            String listed = normalised(name);
            return spellings.stream().anyMatch(s -> s.equals(listed) || s.startsWith(listed + " "));
        }).findFirst();
    }

    /** The anchor's text and its link's site when the source is X's HTML anchor, else the source itself. */
    static List<String> spellings(String source) {
        List<String> spellings = new ArrayList<>();
        Matcher anchor = ANCHOR.matcher(source);
        if (anchor.find()) {
            spellings.add(normalised(TAG.matcher(anchor.group(2)).replaceAll("")));
            spellings.add(normalised(anchor.group(1)));
        } else {
            spellings.add(normalised(TAG.matcher(source).replaceAll("")));
        }
        return spellings.stream().filter(s -> !s.isEmpty()).toList();
    }

    /** Lower case, without a scheme, "www.", a path or a trailing ".com": "https://www.Zapier.com/app" is "zapier". */
    static String normalised(String name) {
        String plain = SCHEME.matcher(name.strip().toLowerCase(Locale.ROOT)).replaceFirst("");
        if (plain.startsWith("www.")) {
            plain = plain.substring("www.".length());
        }
        if (!plain.contains(" ") && plain.contains("/")) {
            plain = plain.substring(0, plain.indexOf('/'));
        }
        if (plain.endsWith(".com")) {
            plain = plain.substring(0, plain.length() - ".com".length());
        }
        return plain.replaceAll("\\s+", " ").strip();
    }
}
