package fr.ricochet.server;

import fr.ricochet.measure.Grammar;
import fr.ricochet.measure.LanguageToolGrammar;
import fr.ricochet.server.http.ConfigException;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;

/**
 * Whether drafts get spelling and grammar (RICOCHET_GRAMMAR: on, the default, or off) and how long LanguageTool
 * may spend on one draft (RICOCHET_GRAMMAR_TIMEOUT_MS, 2,000 by default), read by the server and the command line.
 */
public record GrammarConfig(boolean on, Duration timeout) {

    public static final int DEFAULT_TIMEOUT_MS = 2_000;

    public static GrammarConfig from(Map<String, String> env) {
        String value = env.getOrDefault("RICOCHET_GRAMMAR", "on").strip().toLowerCase(Locale.ROOT);
        if (!value.equals("on") && !value.equals("off")) {
            throw new ConfigException("RICOCHET_GRAMMAR must be on or off, not '" + value + "'");
        }
        return new GrammarConfig(value.equals("on"),
                ServerConfig.millis(env, "RICOCHET_GRAMMAR_TIMEOUT_MS", DEFAULT_TIMEOUT_MS));
    }

    /**
     * The process's LanguageTool, loading in the background, or none when off.
     *
     * @param concurrent how many drafts may be checked at once (one LanguageTool per language each)
     */
    public Grammar start(int concurrent) {
        return on ? LanguageToolGrammar.shared(concurrent, timeout) : Grammar.off();
    }
}
