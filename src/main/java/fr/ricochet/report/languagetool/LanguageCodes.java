package fr.ricochet.report.languagetool;

import fr.ricochet.value.Language;
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

    /**
     * LanguageTool 6.6's French and English entries of /v2/languages, names and order included. {@code fr-FR} is
     * no variant of its own there: it is plain French, which LanguageTool answers as {@code "French", "fr"}.
     */
    public static final List<Entry> SUPPORTED = List.of(
            new Entry("French", "fr", "fr"),
            new Entry("French (Canada)", "fr", "fr-CA"),
            new Entry("French (Switzerland)", "fr", "fr-CH"),
            new Entry("French (Belgium)", "fr", "fr-BE"),
            new Entry("English", "en", "en"),
            new Entry("English (US)", "en", "en-US"),
            new Entry("English (GB)", "en", "en-GB"),
            new Entry("English (Australian)", "en", "en-AU"),
            new Entry("English (Canadian)", "en", "en-CA"),
            new Entry("English (New Zealand)", "en", "en-NZ"),
            new Entry("English (South African)", "en", "en-ZA"),
            new Entry("French", "fr", "fr-FR"));

    /** What LanguageTool names a language it detected: French as such, English as its default variant (US). */
    private static final Entry DETECTED_FRENCH = SUPPORTED.get(0);
    private static final Entry DETECTED_ENGLISH = SUPPORTED.get(5);

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

    /**
     * The {@code name} and {@code code} LanguageTool answers for a requested code: the entry itself for a variant
     * it knows ({@code fr-CA} → "French (Canada)", {@code fr-CA}), the base language for one that is the base
     * language under another name ({@code fr-FR} → "French", {@code fr}) and for a variant LanguageTool does not
     * know but Ricochet accepts ({@code fr-LU}, {@code en_IE}).
     */
    static Entry answered(String requested) {
        String code = requested.strip().replace('_', '-');
        String base = code.split("-", 2)[0].toLowerCase(Locale.ROOT);
        Entry language = find(base);
        for (Entry entry : SUPPORTED) {
            if (entry.longCode().equalsIgnoreCase(code)) {
                return entry.name().equals(language.name()) ? language : entry;
            }
        }
        return language;
    }

    /** LanguageTool's entry for a language it detected ({@code fr} or {@code en}). */
    static Entry detected(Language language) {
        return language == Language.EN ? DETECTED_ENGLISH : DETECTED_FRENCH;
    }

    private static Entry find(String longCode) {
        return SUPPORTED.stream().filter(entry -> entry.longCode().equals(longCode)).findFirst()
                .orElse(DETECTED_FRENCH);
    }
}
