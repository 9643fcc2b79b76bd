package fr.ricochet.report;

import com.fasterxml.jackson.annotation.JsonIgnore;
import fr.ricochet.value.Language;

/**
 * The language the messages are written in, and whether it was detected rather than given or assumed.
 *
 * @param confidence when detected, the chosen language's share of the model's confidence in French or English
 *     (LanguageTool's {@code detectedLanguage} gives it); not in the report
 */
public record LanguageView(Language code, boolean detected, @JsonIgnore double confidence) {
}
