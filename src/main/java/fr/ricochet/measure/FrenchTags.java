package fr.ricochet.measure;

import java.util.Arrays;
import java.util.List;

/**
 * LanguageTool's French tag set (Dicollecte/Grammalecte lexicon): a class letter, then features separated by
 * spaces, e.g. {@code V imp pres 2 p}, {@code V etre ind pres 3 s}, {@code N f sp}, {@code R pers suj 2 p},
 * {@code P+D m s} ("du"). Letters: A adverb, C conjunction, D determiner, I interjection, J adjective,
 * K number, M punctuation, N noun, P preposition, R pronoun, S acronym, T title, Y roman numeral, Z proper noun.
 */
final class FrenchTags {

    private FrenchTags() {
    }

    static Analysis parse(String lemma, String tag) {
        List<String> parts = Arrays.stream(tag.trim().split(" +")).toList();
        String head = parts.isEmpty() ? "" : parts.get(0);
        WordClass wordClass = wordClass(head);
        Mood mood = wordClass == WordClass.VERB ? mood(parts) : Mood.NONE;
        boolean subject = wordClass == WordClass.PRONOUN && parts.contains("pers") && parts.contains("suj");
        return new Analysis(lemma, tag, wordClass, mood, person(parts), number(parts), subject);
    }

    private static WordClass wordClass(String head) {
        if (head.startsWith("P+")) {
            return WordClass.PREPOSITION;
        }
        return switch (head) {
            case "A" -> WordClass.ADVERB;
            case "C" -> WordClass.CONJUNCTION;
            case "D" -> WordClass.DETERMINER;
            case "I" -> WordClass.INTERJECTION;
            case "J" -> WordClass.ADJECTIVE;
            case "K" -> WordClass.NUMERAL;
            case "N" -> WordClass.NOUN;
            case "P" -> WordClass.PREPOSITION;
            case "R" -> WordClass.PRONOUN;
            case "V" -> WordClass.VERB;
            case "Z" -> WordClass.PROPER_NOUN;
            default -> WordClass.OTHER;
        };
    }

    private static Mood mood(List<String> parts) {
        for (String part : parts) {
            switch (part) {
                case "ind": return Mood.INDICATIVE;
                case "imp": return Mood.IMPERATIVE;
                case "sub": return Mood.SUBJUNCTIVE;
                case "con": return Mood.CONDITIONAL;
                case "inf": return Mood.INFINITIVE;
                case "ppa": return Mood.PARTICIPLE;
                case "ppr": return Mood.GERUND;
                default: break;
            }
        }
        return Mood.NONE;
    }

    private static Person person(List<String> parts) {
        if (parts.contains("1")) {
            return Person.FIRST;
        }
        if (parts.contains("2")) {
            return Person.SECOND;
        }
        return parts.contains("3") ? Person.THIRD : Person.NONE;
    }

    /** The last feature is the number when it is {@code s}, {@code p} or {@code sp}. */
    private static GrammaticalNumber number(List<String> parts) {
        String last = parts.isEmpty() ? "" : parts.get(parts.size() - 1);
        return switch (last) {
            case "s" -> GrammaticalNumber.SINGULAR;
            case "p" -> GrammaticalNumber.PLURAL;
            default -> GrammaticalNumber.ANY;
        };
    }
}
