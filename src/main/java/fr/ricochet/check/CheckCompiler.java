package fr.ricochet.check;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import fr.ricochet.rules.RuleBook;
import fr.ricochet.rules.RulesException.Problem;
import fr.ricochet.rules.RulesException;
import fr.ricochet.rules.TipSpec;
import fr.ricochet.value.Language;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Binds every tip of a rule book to its kind of check: settings typed and validated, message codes
 * complete. Problems are collected across all tips and reported together, each with file and field.
 */
public final class CheckCompiler {

    static final List<CheckKind<?>> KINDS = List.of(
            LengthCheck.KIND, HashtagCountCheck.KIND, HashtagStyleCheck.KIND, MentionCheck.KIND, MediaCheck.KIND,
            LinkCheck.KIND, RewardPhraseCheck.KIND, AvoidPhraseCheck.KIND, TimingCheck.KIND, EmojiCheck.KIND, ReadabilityCheck.KIND,
            AuthenticityCheck.KIND, NoticeCheck.KIND, VerbCheck.KIND, CallToActionCheck.KIND, CannedReplyCheck.KIND,
            LanguageCheck.KIND);
    private static final Map<String, CheckKind<?>> BY_NAME = KINDS.stream()
            .collect(Collectors.toMap(CheckKind::name, Function.identity()));

    private final ObjectMapper strict = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .build();

    private CheckCompiler() {
    }

    public static List<CompiledTip> compile(RuleBook rules) {
        return new CheckCompiler().compileAll(rules);
    }

    public static Set<String> kindNames() {
        return new TreeSet<>(BY_NAME.keySet());
    }

    private List<CompiledTip> compileAll(RuleBook rules) {
        List<Problem> problems = new ArrayList<>();
        List<CompiledTip> compiled = new ArrayList<>();
        for (TipSpec tip : rules.tips()) {
            CheckKind<?> kind = BY_NAME.get(tip.kind());
            if (kind == null) {
                problems.add(new Problem(tip.source(), "kind", "unknown kind '" + tip.kind() + "' (known: "
                        + String.join(", ", kindNames()) + ")"));
                continue;
            }
            int before = problems.size();
            checkCodes(tip, kind, problems);
            Check check = build(tip, kind, problems);
            if (check != null && problems.size() == before) {
                compiled.add(new CompiledTip(tip, check, kind.perNetwork()));
            }
        }
        if (!problems.isEmpty()) {
            throw new RulesException(problems);
        }
        return List.copyOf(compiled);
    }

    private static void checkCodes(TipSpec tip, CheckKind<?> kind, List<Problem> problems) {
        for (String code : new TreeSet<>(kind.codes())) {
            if (!tip.messages().containsKey(code)) {
                problems.add(new Problem(tip.source(), "messages." + code, "missing message (kind '" + kind.name()
                        + "' needs: " + String.join(", ", new TreeSet<>(kind.codes())) + ")"));
            }
        }
        for (String code : new TreeSet<>(tip.messages().keySet())) {
            for (Language language : Language.values()) {
                String template = tip.message(code).in(language);
                String problem = Wording.problem(template, language);
                if (problem != null) {
                    problems.add(new Problem(tip.source(), "messages." + code + "." + language.code(), problem));
                    continue;
                }
                Set<String> unknown = new TreeSet<>(Wording.format(template, language).getArgumentNames());
                unknown.removeAll(kind.values());
                if (!unknown.isEmpty()) {
                    problems.add(new Problem(tip.source(), "messages." + code + "." + language.code(), "names "
                            + unknown.stream().map(n -> "{" + n + "}").collect(Collectors.joining(", "))
                            + ", which kind '" + kind.name() + "' never fills (it fills: " + (kind.values().isEmpty()
                            ? "nothing" : new TreeSet<>(kind.values()).stream().map(n -> "{" + n + "}")
                            .collect(Collectors.joining(", "))) + ")"));
                }
            }
            if (!kind.codes().contains(code)) {
                problems.add(new Problem(tip.source(), "messages." + code, "unknown message (kind '" + kind.name()
                        + "' uses: " + String.join(", ", new TreeSet<>(kind.codes())) + ")"));
            }
        }
    }

    private <S> Check build(TipSpec tip, CheckKind<S> kind, List<Problem> problems) {
        int before = problems.size();
        for (java.lang.reflect.RecordComponent component : kind.settings().getRecordComponents()) {
            if (!tip.settings().has(component.getName())) {
                problems.add(new Problem(tip.source(), "settings." + component.getName(), "is missing (kind '"
                        + kind.name() + "' needs: " + Stream.of(kind.settings().getRecordComponents())
                        .map(java.lang.reflect.RecordComponent::getName).collect(Collectors.joining(", ")) + ")"));
            }
        }
        if (problems.size() > before) {
            return null;
        }
        try {
            S settings = strict.treeToValue(tip.settings(), kind.settings());
            return kind.build().apply(tip, settings);
        } catch (UnrecognizedPropertyException e) {
            problems.add(new Problem(tip.source(), "settings." + path(e), "unknown key '" + e.getPropertyName()
                    + "' (allowed: " + e.getKnownPropertyIds().stream().map(Object::toString).sorted()
                    .collect(Collectors.joining(", ")) + ")"));
        } catch (JsonMappingException e) {
            Throwable cause = e.getCause() instanceof IllegalArgumentException ? e.getCause() : e;
            String message = cause == e ? e.getOriginalMessage() : cause.getMessage();
            problems.add(new Problem(tip.source(), "settings" + (path(e).isEmpty() ? "" : "." + path(e)),
                    message.lines().findFirst().orElse(message)));
        } catch (IllegalArgumentException e) {
            problems.add(new Problem(tip.source(), "settings", e.getMessage()));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            problems.add(new Problem(tip.source(), "settings", e.getOriginalMessage()));
        }
        return null;
    }

    private static String path(JsonMappingException e) {
        return e.getPath().stream()
                .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                .collect(Collectors.joining(".")).replace(".[", "[");
    }

    static <T> Stream<T> stream(List<T> list) {
        return list == null ? Stream.empty() : list.stream();
    }
}
