package fr.ricochet.check;

import fr.ricochet.measure.Facts;
import fr.ricochet.request.AnalysisRequest;
import fr.ricochet.rules.PostKind;
import fr.ricochet.rules.PostKinds;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Tells what kind of post a draft is, from {@code rules/kinds.yaml}: the kind the author chose, else the first
 * decisive kind whose phrases appear (condolences, a crisis), else a reply when it opens on a mention, else
 * the kind whose phrases appear most often, else the fallback. Patterns are compiled once.
 */
public final class KindDetector {

    private record Compiled(PostKind kind, Map<String, List<Pattern>> patterns, Map<String, List<Pattern>> hints) {

        int matches(String prose, String language) {
            return count(patterns, prose, language);
        }

        int hinted(String prose, String language) {
            return count(hints, prose, language);
        }

        /** A decisive kind decides on one of its phrases, or on two of its hints. */
        boolean decides(String prose, String language) {
            return kind.decisive() && (matches(prose, language) > 0 || hinted(prose, language) >= 2);
        }

        private static int count(Map<String, List<Pattern>> phrases, String prose, String language) {
            int count = 0;
            for (String group : List.of(language, "any")) {
                for (Pattern pattern : phrases.getOrDefault(group, List.of())) {
                    java.util.regex.Matcher matcher = pattern.matcher(prose);
                    while (matcher.find()) {
                        count++;
                    }
                }
            }
            return count;
        }
    }

    private final PostKinds kinds;
    private final List<Compiled> compiled = new ArrayList<>();

    public KindDetector(PostKinds kinds) {
        this.kinds = kinds;
        for (PostKind kind : kinds.kinds()) {
            compiled.add(new Compiled(kind, compile(kind.patterns()), compile(kind.hints())));
        }
    }

    private static Map<String, List<Pattern>> compile(Map<String, List<String>> phrases) {
        Map<String, List<Pattern>> compiled = new java.util.HashMap<>();
        phrases.forEach((language, list) -> compiled.put(language, list.stream()
                .map(p -> Pattern.compile(p, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE
                        | Pattern.UNICODE_CHARACTER_CLASS)).toList()));
        return Map.copyOf(compiled);
    }

    public DraftKind detect(AnalysisRequest request, Facts facts) {
        if (!AnalysisRequest.AUTO.equals(request.kind())) {
            return new DraftKind(kinds.kind(request.kind()), false);
        }
        String prose = facts.prose();
        for (Compiled kind : compiled) {
            if (kind.decides(prose, facts.language())) {
                return new DraftKind(kind.kind(), true);
            }
        }
        if (facts.opensOnMention()) {
            for (Compiled kind : compiled) {
                if (kind.kind().opensOnMention()) {
                    return new DraftKind(kind.kind(), true);
                }
            }
        }
        Compiled best = null;
        int most = 0;
        for (Compiled kind : compiled) {
            // A decisive kind that did not decide has only one hint: too little to make a post sober.
            int count = kind.kind().decisive() ? 0
                    : kind.matches(prose, facts.language()) + kind.hinted(prose, facts.language());
            if (count > most) {
                best = kind;
                most = count;
            }
        }
        return new DraftKind(best == null ? kinds.kind(kinds.fallback()) : best.kind(), true);
    }
}
