package fr.ricochet.measure;

/**
 * The mood (or non-finite form) of a verb form; {@link #NONE} for words that are not verbs. English has no
 * imperative tag: its bare form ({@code VB}) serves the imperative, the infinitive and the subjunctive, so it is
 * {@link #BASE}, and the sentence decides.
 */
public enum Mood {
    INDICATIVE,
    IMPERATIVE,
    SUBJUNCTIVE,
    CONDITIONAL,
    INFINITIVE,
    PARTICIPLE,
    /** Present participle or gerund ("partageant", "sharing"). */
    GERUND,
    /** English bare form: imperative, infinitive or subjunctive. */
    BASE,
    NONE
}
