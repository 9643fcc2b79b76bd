package fr.ricochet;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.ricochet.engine.Advisor;
import fr.ricochet.measure.LanguageToolGrammar;
import fr.ricochet.report.Report;
import fr.ricochet.rules.RuleBook;
import fr.ricochet.rules.RulesLoader;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

/** One engine on the project's own rules for all tests, with a fixed clock so reports are comparable. */
public final class TestEngine {

    /** Tuesday 24 November 2026, 20:00 UTC: outside every window, so "now" suggestions are visible. */
    public static final Instant NOW = Instant.parse("2026-11-24T20:00:00Z");
    public static final RuleBook RULES = RulesLoader.load(Path.of("rules"));
    public static final Advisor ADVISOR = Advisor.create(RULES, Clock.fixed(NOW, ZoneOffset.UTC));
    private static final ObjectMapper JSON = fr.ricochet.report.ReportJson.mapper();
    private static Advisor withGrammar;

    private TestEngine() {
    }

    public static Report analyze(String requestJson) {
        try {
            return ADVISOR.analyze(ADVISOR.reader().read(JSON.readTree(requestJson)));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
    }

    public static Report analyze(JsonNode request) {
        return ADVISOR.analyze(ADVISOR.reader().read(request));
    }

    public static Report analyzeText(String text, String... networks) {
        return ADVISOR.analyze(fr.ricochet.request.AnalysisRequest.of(text, networks));
    }

    /**
     * The same engine with LanguageTool's spelling and grammar, loaded on first use (several seconds) and waited for;
     * its per-draft budget is generous so that a slow machine never turns a check into a "timed out".
     */
    public static synchronized Advisor withGrammar() {
        if (withGrammar == null) {
            withGrammar = Advisor.create(RULES, Clock.fixed(NOW, ZoneOffset.UTC), languageTool());
        }
        return withGrammar;
    }

    /** The process's LanguageTool (two checkers a language, a minute a draft), waited for until loaded. */
    public static LanguageToolGrammar languageTool() {
        LanguageToolGrammar grammar = LanguageToolGrammar.shared(2, Duration.ofSeconds(60));
        if (!grammar.awaitReady(Duration.ofMinutes(3))) {
            throw new IllegalStateException("LanguageTool did not load");
        }
        return grammar;
    }

    public static ObjectMapper json() {
        return JSON;
    }
}
