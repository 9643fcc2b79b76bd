package fr.ricochet.rules;

import fr.ricochet.rules.RuleFiles.KindFile;
import fr.ricochet.rules.RuleFiles.KindsFile;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/** Checks {@code rules/kinds.yaml} as written and builds the kinds, or returns null after naming each problem. */
final class PostKindReader {

    private static final Set<String> LANGUAGES = Set.of("fr", "en", "any");

    private PostKindReader() {
    }

    static PostKinds read(FileChecks check, KindsFile raw) {
        int before = check.count();
        List<PostKind> kinds = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        List<KindFile> rawKinds = raw.kinds() == null ? List.of() : raw.kinds();
        if (rawKinds.isEmpty()) {
            check.problem("kinds", "is missing: list the kinds of post, in detection order");
        }
        for (int i = 0; i < rawKinds.size(); i++) {
            String field = "kinds[" + i + "]";
            KindFile kind = rawKinds.get(i);
            check.require(field + ".id", kind.id());
            if (kind.id() != null && !NetworkReader.ID.matcher(kind.id()).matches()) {
                check.problem(field + ".id", "must be lower-case letters, digits and dashes");
            } else if (kind.id() != null && (!ids.add(kind.id()) || "auto".equals(kind.id()))) {
                check.problem(field + ".id", "'" + kind.id() + "' is defined twice or reserved (auto)");
            }
            check.localized(field + ".name", kind.name());
            Map<String, List<String>> patterns = phrases(check, field + ".patterns", kind.patterns());
            Map<String, List<String>> hints = phrases(check, field + ".hints", kind.hints());
            kinds.add(new PostKind(kind.id(), kind.name(), Boolean.TRUE.equals(kind.sober()),
                    Boolean.TRUE.equals(kind.publishNow()), Boolean.TRUE.equals(kind.opensOnMention()),
                    Boolean.TRUE.equals(kind.decisive()), patterns, hints));
        }
        check.require("fallback", raw.fallback());
        if (raw.fallback() != null && !ids.contains(raw.fallback())) {
            check.problem("fallback", "'" + raw.fallback() + "' is not one of the kinds " + ids.stream().sorted().toList());
        }
        return check.count() > before ? null : new PostKinds(kinds, raw.fallback());
    }

    /** The phrases per language, each a valid regular expression; an empty or missing list is none. */
    private static Map<String, List<String>> phrases(FileChecks check, String field, Map<String, List<String>> raw) {
        Map<String, List<String>> phrases = new java.util.HashMap<>();
        if (raw == null) {
            return Map.of();
        }
        raw.forEach((language, list) -> {
            List<String> given = list == null ? List.of() : list;
            if (patterns(check, field + "." + language, language, given)) {
                phrases.put(language, List.copyOf(given));
            }
        });
        return Map.copyOf(phrases);
    }

    private static boolean patterns(FileChecks check, String field, String language, List<String> list) {
        if (!LANGUAGES.contains(language)) {
            check.problem(field, "unknown language (use fr, en or any)");
            return false;
        }
        int before = check.count();
        for (int i = 0; i < list.size(); i++) {
            try {
                Pattern.compile(list.get(i));
            } catch (PatternSyntaxException | NullPointerException e) {
                check.problem(field + "[" + i + "]", "not a valid regular expression: "
                        + (e.getMessage() == null ? "missing" : e.getMessage().lines().findFirst().orElse("")));
            }
        }
        return check.count() == before;
    }
}
