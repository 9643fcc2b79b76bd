package fr.ricochet.audit.eval;

import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Fills a template's {@code {slot}}s from the spec's vocabulary, or from the built-ins. */
final class TextFiller {

    private static final Pattern SLOT = Pattern.compile("\\{([a-zA-Z][a-zA-Z0-9]*)}");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM", Locale.FRENCH);
    private static final DateTimeFormatter WEEKDAY = DateTimeFormatter.ofPattern("EEEE", Locale.FRENCH);
    /** A slot's value may hold slots; this deep, a spec that fills a slot with itself is refused. */
    private static final int DEPTH = 4;

    private final Map<String, List<String>> slots;
    private final List<String> sites;
    private final Random random;

    TextFiller(Map<String, List<String>> slots, List<String> sites, Random random) {
        this.slots = slots;
        this.sites = sites;
        this.random = random;
    }

    String fill(String template, ZonedDateTime at) {
        return fill(template, at, 0);
    }

    private String fill(String template, ZonedDateTime at, int depth) {
        if (depth > DEPTH) {
            throw new IllegalStateException("slots nested deeper than " + DEPTH + " in: " + template);
        }
        Matcher slot = SLOT.matcher(template);
        StringBuilder out = new StringBuilder();
        while (slot.find()) {
            slot.appendReplacement(out, Matcher.quoteReplacement(value(slot.group(1), at, depth)));
        }
        slot.appendTail(out);
        return out.toString();
    }

    private String value(String name, ZonedDateTime at, int depth) {
        switch (name) {
            case "link":
                return link();
            case "n":
                return String.valueOf(1 + random.nextInt(99));
            case "date":
                return at.format(DATE);
            case "weekday":
                return at.format(WEEKDAY);
            case "hour":
                return at.getHour() + " h";
            default:
                List<String> values = slots.get(name);
                if (values == null || values.isEmpty()) {
                    throw new IllegalStateException("no vocabulary for the slot {" + name + "}");
                }
                return fill(values.get(random.nextInt(values.size())), at, depth + 1);
        }
    }

    /** A link to one of the spec's sites, to a page of its own. */
    String link() {
        if (sites.isEmpty()) {
            throw new IllegalStateException("a {link} needs links.sites");
        }
        return sites.get(random.nextInt(sites.size())) + (100_000 + random.nextInt(900_000));
    }
}
