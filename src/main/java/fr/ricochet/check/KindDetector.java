package fr.ricochet.check;

import fr.ricochet.measure.Facts;
import fr.ricochet.request.AnalysisRequest;
import fr.ricochet.rules.PostKind;
import fr.ricochet.rules.PostKinds;
import fr.ricochet.value.Language;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Tells what kind of post a draft is, from {@code rules/kinds.yaml}: the kind the author chose, else the first
 * decisive kind whose phrases appear (condolences, a crisis), else a reply when it opens on a mention, else
 * the kind whose phrases appear most often, else the fallback. Patterns are compiled once.
 */
public final class KindDetector {

    private record Compiled(PostKind kind, Map<String, List<PhrasePattern>> patterns,
            Map<String, List<PhrasePattern>> hints) {

        /** How often the kind's phrases and its hints appear, counted once per draft. */
        Signs signs(String prose, int[] codes, Language language) {
            return new Signs(count(patterns, prose, codes, language), count(hints, prose, codes, language));
        }

        private static int count(Map<String, List<PhrasePattern>> phrases, String prose, int[] codes,
                Language language) {
            int count = 0;
            for (String group : List.of(language.code(), "any")) {
                for (PhrasePattern pattern : phrases.getOrDefault(group, List.of())) {
                    count += pattern.count(prose, codes);
                }
            }
            return count;
        }
    }

    private record Signs(int phrases, int hints) {

        /** A decisive kind decides on one of its phrases, or on two of its hints. */
        boolean decide() {
            return phrases > 0 || hints >= 2;
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

    private static Map<String, List<PhrasePattern>> compile(Map<String, List<String>> phrases) {
        Map<String, List<PhrasePattern>> compiled = new java.util.HashMap<>();
        phrases.forEach((language, list) -> compiled.put(language, list.stream()
                .map(PhrasePattern::compile).toList()));
        return Map.copyOf(compiled);
    }

    public DraftKind detect(AnalysisRequest request, Facts facts) {
        if (!AnalysisRequest.AUTO.equals(request.kind())) {
            return new DraftKind(kinds.kind(request.kind()), false);
        }
        String prose = facts.prose();
        int[] codes = StartTable.codes(prose);
        Map<Compiled, Signs> signs = new java.util.IdentityHashMap<>();
        for (Compiled kind : compiled) {
            Signs found = kind.signs(prose, codes, facts.language());
            if (kind.kind().decisive() && found.decide()) {
                return new DraftKind(kind.kind(), true);
            }
            signs.put(kind, found);
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
            int count = kind.kind().decisive() ? 0 : signs.get(kind).phrases() + signs.get(kind).hints();
            if (count > most) {
                best = kind;
                most = count;
            }
        }
        return new DraftKind(best == null ? kinds.kind(kinds.fallback()) : best.kind(), true);
    }
}
