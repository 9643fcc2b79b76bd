package fr.ricochet.check;

import fr.ricochet.value.Language;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.PatternSyntaxException;

/**
 * Phrase patterns per language ({@code fr}, {@code en}, and {@code any} for both), compiled once,
 * matched case-insensitively on the prose (links and mentions blanked out).
 */
final class Phrases {

    /**
     * One phrase to look for; the replacement, when given, is offered as the fix; the code, when given, names
     * the message it raises (a tip's checks say which codes a phrase may name).
     */
    record Phrase(String match, String replacement, String code) {
    }

    record Hit(int start, int end, Phrase phrase) {
    }

    private record Compiled(PhrasePattern pattern, Phrase phrase) {
    }

    private final Map<String, List<Compiled>> byLanguage = new java.util.HashMap<>();

    Phrases(Map<String, List<Phrase>> patterns) {
        patterns.forEach((language, phrases) -> {
            if (!List.of("fr", "en", "any").contains(language)) {
                throw new IllegalArgumentException("patterns." + language + ": unknown language (use fr, en or any)");
            }
            List<Compiled> compiled = new ArrayList<>();
            for (int i = 0; i < phrases.size(); i++) {
                try {
                    compiled.add(new Compiled(PhrasePattern.compile(phrases.get(i).match()), phrases.get(i)));
                } catch (PatternSyntaxException | NullPointerException e) {
                    throw new IllegalArgumentException("patterns." + language + "[" + i + "].match: not a valid "
                            + "regular expression: " + (e.getMessage() == null ? "missing" : e.getMessage().lines()
                            .findFirst().orElse("")));
                }
            }
            byLanguage.put(language, List.copyOf(compiled));
        });
    }

    /** Refuses, naming the field, a phrase whose code is not one the check raises. */
    static void requireCodes(Map<String, List<Phrase>> patterns, java.util.Set<String> codes) {
        patterns.forEach((language, list) -> {
            for (int i = 0; i < list.size(); i++) {
                if (!codes.contains(list.get(i).code())) {
                    throw new IllegalArgumentException("patterns." + language + "[" + i + "].code: must be one of "
                            + new java.util.TreeSet<>(codes));
                }
            }
        });
    }

    /**
     * Every match in the prose, for the draft's language and for both, in text order, never overlapping: a match
     * overlapping one found by an earlier pattern is left out.
     */
    List<Hit> find(String prose, Language language) {
        java.util.TreeMap<Integer, Hit> byStart = new java.util.TreeMap<>();
        int[] codes = StartTable.codes(prose);
        for (String group : List.of(language.code(), "any")) {
            for (Compiled compiled : byLanguage.getOrDefault(group, List.of())) {
                for (PhrasePattern.Match match : compiled.pattern().matches(prose, codes)) {
                    // Kept hits never overlap, so only the last one starting before this end can overlap it.
                    Map.Entry<Integer, Hit> before = byStart.lowerEntry(match.end());
                    if (before == null || before.getValue().end() <= match.start()) {
                        byStart.put(match.start(), new Hit(match.start(), match.end(), compiled.phrase()));
                    }
                }
            }
        }
        return new ArrayList<>(byStart.values());
    }
}
