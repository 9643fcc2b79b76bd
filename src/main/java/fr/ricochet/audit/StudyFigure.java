package fr.ricochet.audit;

/**
 * The published figure a calibrated effect stands beside, from {@code rules/audit.yaml}.
 *
 * @param ratio the study's effect as a ratio (1.35 for "+35 %"), or null when it gave no single figure
 * @param finding what it found, in the report's language
 */
public record StudyFigure(Double ratio, String finding, String source) {
}
