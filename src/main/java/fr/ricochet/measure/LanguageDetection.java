package fr.ricochet.measure;

import fr.ricochet.value.Language;

/**
 * Which of Ricochet's two languages a text is written in, as the language model reads it.
 *
 * @param detected   whether the model decided it; a text too short to tell gets French, not detected
 * @param confidence the chosen language's share of the model's confidence in French or English (0.5 to 1), 0 when
 *                   not detected
 */
public record LanguageDetection(Language code, boolean detected, double confidence) {
}
