package fr.ricochet.measure;

/**
 * LanguageTool's English tag set: Penn Treebank tags ({@code VB}, {@code VBZ}, {@code NNS}...) with a few
 * extensions: {@code NN:U} and {@code NN:UN} (uncountable nouns) and personal pronouns with role, person
 * and number, e.g. {@code PRP_S2S} (subject, 2nd, singular: "you"), {@code PRP_O1P} ("us"),
 * {@code PRP$_A2S} ("your"), {@code PRP$_P2S} ("yours").
 */
final class EnglishTags {

    private EnglishTags() {
    }

    static Analysis parse(String lemma, String tag) {
        String base = tag.contains(":") ? tag.substring(0, tag.indexOf(':')) : tag;
        if (base.startsWith("PRP")) {
            return pronoun(lemma, tag);
        }
        return switch (base) {
            case "NN" -> of(lemma, tag, WordClass.NOUN, Mood.NONE, Person.NONE, GrammaticalNumber.SINGULAR);
            case "NNS" -> of(lemma, tag, WordClass.NOUN, Mood.NONE, Person.NONE, GrammaticalNumber.PLURAL);
            case "NNP" -> of(lemma, tag, WordClass.PROPER_NOUN, Mood.NONE, Person.NONE, GrammaticalNumber.SINGULAR);
            case "NNPS" -> of(lemma, tag, WordClass.PROPER_NOUN, Mood.NONE, Person.NONE, GrammaticalNumber.PLURAL);
            case "VB" -> verb(lemma, tag, Mood.BASE, Person.NONE, GrammaticalNumber.ANY);
            case "VBP" -> verb(lemma, tag, Mood.INDICATIVE, Person.NONE, GrammaticalNumber.ANY);
            case "VBZ" -> verb(lemma, tag, Mood.INDICATIVE, Person.THIRD, GrammaticalNumber.SINGULAR);
            case "VBD", "MD" -> verb(lemma, tag, Mood.INDICATIVE, Person.NONE, GrammaticalNumber.ANY);
            case "VBN" -> verb(lemma, tag, Mood.PARTICIPLE, Person.NONE, GrammaticalNumber.ANY);
            case "VBG" -> verb(lemma, tag, Mood.GERUND, Person.NONE, GrammaticalNumber.ANY);
            case "JJ", "JJR", "JJS" -> simple(lemma, tag, WordClass.ADJECTIVE);
            case "RB", "RBR", "RBS", "WRB" -> simple(lemma, tag, WordClass.ADVERB);
            case "DT", "PDT", "WDT" -> simple(lemma, tag, WordClass.DETERMINER);
            case "WP", "WP$", "EX" -> simple(lemma, tag, WordClass.PRONOUN);
            case "IN", "TO", "RP" -> simple(lemma, tag, WordClass.PREPOSITION);
            case "CC" -> simple(lemma, tag, WordClass.CONJUNCTION);
            case "UH" -> simple(lemma, tag, WordClass.INTERJECTION);
            case "CD" -> simple(lemma, tag, WordClass.NUMERAL);
            default -> simple(lemma, tag, WordClass.OTHER);
        };
    }

    /** {@code PRP_S2S}: role letter (S subject, O object, R reflexive, A/P possessive), person digit, number. */
    private static Analysis pronoun(String lemma, String tag) {
        int underscore = tag.indexOf('_');
        if (underscore < 0 || underscore + 2 >= tag.length()) {
            return simple(lemma, tag, WordClass.PRONOUN);
        }
        char role = tag.charAt(underscore + 1);
        Person person = switch (tag.charAt(underscore + 2)) {
            case '1' -> Person.FIRST;
            case '2' -> Person.SECOND;
            case '3' -> Person.THIRD;
            default -> Person.NONE;
        };
        GrammaticalNumber number = underscore + 3 >= tag.length() ? GrammaticalNumber.ANY
                : switch (tag.charAt(underscore + 3)) {
                    case 'S' -> GrammaticalNumber.SINGULAR;
                    case 'P' -> GrammaticalNumber.PLURAL;
                    default -> GrammaticalNumber.ANY;
                };
        return new Analysis(lemma, tag, WordClass.PRONOUN, Mood.NONE, person, number, role == 'S');
    }

    private static Analysis verb(String lemma, String tag, Mood mood, Person person, GrammaticalNumber number) {
        return of(lemma, tag, WordClass.VERB, mood, person, number);
    }

    private static Analysis simple(String lemma, String tag, WordClass wordClass) {
        return of(lemma, tag, wordClass, Mood.NONE, Person.NONE, GrammaticalNumber.ANY);
    }

    private static Analysis of(String lemma, String tag, WordClass wordClass, Mood mood, Person person,
            GrammaticalNumber number) {
        return new Analysis(lemma, tag, wordClass, mood, person, number, false);
    }
}
