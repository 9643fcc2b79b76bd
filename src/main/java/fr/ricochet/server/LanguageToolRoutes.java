package fr.ricochet.server;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import fr.ricochet.engine.Advisor;
import fr.ricochet.measure.LanguageDetection;
import fr.ricochet.report.Report;
import fr.ricochet.report.ReportJson;
import fr.ricochet.report.languagetool.AnnotatedText;
import fr.ricochet.report.languagetool.LanguageCodes;
import fr.ricochet.report.languagetool.LanguageToolShape;
import fr.ricochet.request.AnalysisRequest;
import fr.ricochet.request.FieldError;
import fr.ricochet.request.InvalidRequestException;
import fr.ricochet.server.http.Bodies;
import fr.ricochet.server.http.Json;
import fr.ricochet.server.http.Problems;
import fr.ricochet.server.http.ServerLimits;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * GET and POST /v2/check and GET /v2/languages as LanguageTool's HTTP API has them, so its editor plugins can be
 * pointed at Ricochet. The parameters are LanguageTool's ({@code text} or {@code data}, {@code language});
 * Ricochet adds an optional {@code networks} (comma-separated) and ignores LanguageTool's other options.
 */
final class LanguageToolRoutes {

    private final Advisor advisor;
    private final Analyses analyses;
    private final LanguageToolShape shape;

    LanguageToolRoutes(Advisor advisor, Analyses analyses, String version) {
        this.advisor = advisor;
        this.analyses = analyses;
        this.shape = new LanguageToolShape(advisor.rules(), version);
    }

    /**
     * GET with query parameters or POST with a url-encoded form, as LanguageTool takes both. An empty text is
     * answered as LanguageTool does, with no match, once the other fields are known to be valid.
     */
    void check(Context ctx) {
        boolean post = "POST".equals(ctx.method().name());
        if (post) {
            Bodies.requireType(ctx, "application/x-www-form-urlencoded");
            Bodies.bytes(ctx, ServerLimits.MAX_FORM_BODY); // size check; Javalin caches the body for formParam below
        }
        Params params = name -> post ? ctx.formParam(name) : ctx.queryParam(name);
        String code = params.get("language");
        List<FieldError> errors = new ArrayList<>();
        String language = language(code, errors);
        AnnotatedText document = document(params, errors);
        if (document == null) {
            throw Problems.invalid(errors);
        }
        Bodies.textWithinLimit(TextNode.valueOf(document.plain()));
        boolean blank = document.plain().isBlank();
        ObjectNode json = ReportJson.mapper().createObjectNode();
        // The reader refuses a blank draft; one with nothing to check still has its other fields checked.
        json.put("text", blank ? "." : document.plain()).put("language", language == null ? "auto" : language);
        String networks = params.get("networks");
        if (networks != null && !networks.isBlank()) {
            ArrayNode list = json.putArray("networks");
            for (String network : networks.split(",")) {
                list.add(network.strip());
            }
        }
        AnalysisRequest request;
        try {
            request = advisor.reader().read(json);
        } catch (InvalidRequestException e) {
            errors.addAll(e.errors());
            request = null;
        }
        if (!errors.isEmpty()) {
            throw Problems.invalid(errors);
        }
        if (blank) {
            Json.write(ctx, shape.empty(code, "auto".equals(language) ? "fr" : language));
            return;
        }
        // The language is read from the text whatever the request says (it may be wrong), on the pool and under the
        // same deadline; with "auto" the analysis has read it already.
        AnalysisRequest checked = request;
        ctx.future(() -> analyses.runAsync(() -> analyses.timed(() -> {
            Report report = advisor.analyze(checked);
            LanguageDetection detection = checked.language().isAuto()
                    ? new LanguageDetection(report.language().code(), report.language().detected(),
                            report.language().confidence())
                    : advisor.detectLanguage(document.plain());
            return shape.answer(report, document, code, detection, ids(params.get("disabledRules")),
                    ids(params.get("disabledCategories")));
        })).thenAccept(answer -> Json.write(ctx, answer)));
    }

    /** A comma-separated list of rule or category ids, as LanguageTool's clients send them. */
    private static Set<String> ids(String list) {
        if (list == null || list.isBlank()) {
            return Set.of();
        }
        return Arrays.stream(list.split(",")).map(String::strip).filter(id -> !id.isEmpty())
                .collect(Collectors.toUnmodifiableSet());
    }

    /** A request parameter, from the query of a GET or the form of a POST. */
    @FunctionalInterface
    private interface Params {
        String get(String name);
    }

    /** Ricochet's language for LanguageTool's code, or null with the reason added to {@code errors}. */
    private static String language(String code, List<FieldError> errors) {
        if (code == null || code.isBlank()) {
            errors.add(new FieldError("language", "is required: a language code such as fr-FR, en-US or auto",
                    "est obligatoire : un code de langue comme fr-FR, en-US ou auto"));
            return null;
        }
        String language = LanguageCodes.toRicochet(code).orElse(null);
        if (language == null) {
            errors.add(new FieldError("language", "'" + code + "' is not supported (fr, en, their variants, auto)",
                    "'" + code + "' n'est pas pris en charge (fr, en, leurs variantes, auto)"));
        }
        return language;
    }

    /** The draft from {@code text}, or from {@code data} (annotated text); null with the reason in {@code errors}. */
    private static AnnotatedText document(Params params, List<FieldError> errors) {
        String text = params.get("text");
        String data = params.get("data");
        if (text != null && data != null) {
            errors.add(new FieldError("data", "cannot come with text: send the draft as text or as data, not both",
                    "ne peut pas accompagner text : envoyez le brouillon en text ou en data, pas les deux"));
            return null;
        }
        if (data != null) {
            return LanguageToolData.read(data, errors);
        }
        if (text == null) {
            errors.add(new FieldError("text", "is required (or data, LanguageTool's annotated text)",
                    "est obligatoire (ou data, le texte annoté de LanguageTool)"));
            return null;
        }
        return AnnotatedText.of(text);
    }

    void languages(Context ctx) {
        Json.write(ctx, LanguageCodes.SUPPORTED);
    }
}
