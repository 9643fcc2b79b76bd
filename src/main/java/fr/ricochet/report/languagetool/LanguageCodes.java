package fr.ricochet.report.languagetool;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * LanguageTool's language codes ({@code fr}, {@code fr-FR}, {@code en-US}, {@code auto}...) mapped to the
 * languages Ricochet speaks. Every regional variant of French or English maps to that language: Ricochet's
 * tips do not differ between them.
 */
public final class LanguageCodes {

    /** What /v2/languages lists, as LanguageTool does: display name, short code, long code. */
    public record Entry(String name, String code, String longCode) {
    }

    public static final List<Entry> SUPPORTED = List.of(
            new Entry("French", "fr", "fr"),
            new Entry("French (France)", "fr", "fr-FR"),
            new Entry("French (Canada)", "fr", "fr-CA"),
            new Entry("French (Belgium)", "fr", "fr-BE"),
            new Entry("French (Switzerland)", "fr", "fr-CH"),
            new Entry("English", "en", "en"),
            new Entry("English (US)", "en", "en-US"),
            new Entry("English (GB)", "en", "en-GB"),
            new Entry("English (Canadian)", "en", "en-CA"),
            new Entry("English (Australian)", "en", "en-AU"),
            new Entry("English (New Zealand)", "en", "en-NZ"),
            new Entry("English (South African)", "en", "en-ZA"));

    private LanguageCodes() {
    }

    /** @return fr, en or auto; empty for a language Ricochet does not speak */
    public static Optional<String> toRicochet(String code) {
        if (code == null) {
            return Optional.empty();
        }
        String lower = code.strip().toLowerCase(Locale.ROOT).replace('_', '-');
        if (lower.equals("auto")) {
            return Optional.of("auto");
        }
        String base = lower.split("-", 2)[0];
        return base.equals("fr") || base.equals("en") ? Optional.of(base) : Optional.empty();
    }

    /** LanguageTool's display name for a code, falling back to the base language's. */
    static String nameOf(String code) {
        for (Entry entry : SUPPORTED) {
            if (entry.longCode().equalsIgnoreCase(code)) {
                return entry.name();
            }
        }
        return code.toLowerCase(Locale.ROOT).startsWith("en") ? "English" : "French";
    }
}
