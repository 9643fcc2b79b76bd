package fr.ricochet.check;

import fr.ricochet.measure.Token;
import fr.ricochet.rules.NetworkProfile;
import fr.ricochet.rules.TipSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Style that reads as shouting or as a hurried text message: runs of capitals, "!!!", SMS abbreviations.
 * The studies give no measured effect for this; the tip is labelled as style advice and weighs little.
 */
record ReadabilityCheck(TipSpec tip, Settings settings) implements Check {

    static final CheckKind<Settings> KIND = new CheckKind<>("readability", Settings.class, CheckKind.WHOLE_POST,
            Set.of("shouting", "punctuation", "abbreviation", "lower-case", "single-mark", "expand", "expand-check"),
            ReadabilityCheck::new).filling("abbreviation", "calmer", "full", "mark", "marks", "words");

    private static final Pattern REPEATED_MARKS = Pattern.compile("([!?])[!?]+");

    /**
     * @param shoutingWords this many capitalised words in a row read as shouting
     * @param shoutingLetters ... provided they hold at least this many letters (acronyms stay quiet)
     * @param shoutingShare when at least this share of the words are in capitals, every run of them shouts
     * @param acronymMaxLetters a word in capitals that no dictionary holds is an acronym up to this many letters
     * @param abbreviations per language, the abbreviation and the word it stands for, with whether spelling it
     *     out is safe
     */
    record Settings(int shoutingWords, int shoutingLetters, double shoutingShare, int acronymMaxLetters,
            Map<String, Map<String, Abbreviation>> abbreviations, double stepPerProblem) {
    }

    @Override
    public Verdict judge(Draft draft, NetworkProfile network) {
        Wording say = new Wording(tip, draft.language(), null);
        List<Finding> findings = new ArrayList<>();
        int shoutingRuns = shouting(draft, say, findings);
        Matcher marks = REPEATED_MARKS.matcher(draft.facts().prose());
        while (marks.find()) {
            findings.add(say.finding("punctuation", Severity.SUGGESTION, marks.start(), marks.end() - marks.start(),
                    Wording.list(say.fix("single-mark", new Replacement(marks.start(), marks.end() - marks.start(),
                            marks.group(1)), true, "mark", marks.group(1))), "marks", marks.group()));
        }
        Map<String, Abbreviation> abbreviations = settings.abbreviations().getOrDefault(draft.language().code(), Map.of());
        for (Token token : draft.facts().tokens()) {
            Abbreviation abbreviation = abbreviations.get(token.text().toLowerCase(java.util.Locale.ROOT));
            String full = abbreviation == null ? null : expansion(token.text(), abbreviation.full());
            if (full != null) {
                boolean safe = safeToExpand(token.text()) && abbreviation.safeAt(draft.text(), token.offset(), token.end());
                findings.add(say.finding("abbreviation", Severity.SUGGESTION, token.offset(), token.length(),
                        Wording.list(say.fix(safe ? "expand" : "expand-check", new Replacement(token.offset(),
                                token.length(), full), safe, "full", full)), "abbreviation", token.text(), "full", full));
            }
        }
        // Each run of capitals is a problem of its own for the score, though one finding names them all.
        int problems = findings.size() + Math.max(0, shoutingRuns - 1);
        return new Verdict(Math.max(0, 1 - settings.stepPerProblem() * problems), findings);
    }

    /**
     * The full form of an abbreviation, capitalised like the token. An all-capitals token is taken for an
     * acronym ("PR", "BC", "R"), a short capitalised one for a title or a name ("Pr Martin"): both are left alone.
     */
    private static String expansion(String token, String full) {
        if (isCapitalised(token) || (Character.isUpperCase(token.codePointAt(0)) && token.length() <= 2)) {
            return null;
        }
        if (!Character.isUpperCase(token.codePointAt(0))) {
            return full;
        }
        return full.substring(0, 1).toUpperCase(java.util.Locale.ROOT) + full.substring(1);
    }

    /**
     * Only an abbreviation of two lower-case letters or more, or of three letters with a capital ("Slt" opening
     * a sentence), goes into the rewrite unasked; a single letter ("u") is offered as a fix but may be
     * something else.
     */
    private static boolean safeToExpand(String token) {
        boolean lower = token.equals(token.toLowerCase(java.util.Locale.ROOT));
        return lower ? token.length() >= 2 : token.length() >= 3;
    }

    /** Reports the shouting, if any, and returns how many runs of capitals shout. */
    private int shouting(Draft draft, Wording say, List<Finding> findings) {
        SentenceCase cases = new SentenceCase(draft.language(), settings.acronymMaxLetters());
        List<List<Token>> runs = new ArrayList<>();
        List<Token> run = new ArrayList<>();
        int words = 0;
        int capitalised = 0;
        for (Token token : draft.facts().tokens()) {
            if (!token.isWord()) {
                continue;
            }
            words++;
            // A one-letter capital ("A", "À") goes on with the run around it but shouts nothing by itself.
            if (isCapitalised(token.text()) && (letters(token) >= 2 || !run.isEmpty())) {
                capitalised += letters(token) >= 2 && shouts(token, cases) ? 1 : 0;
                run.add(token);
            } else if (!run.isEmpty()) {
                runs.add(run);
                run = new ArrayList<>();
            }
        }
        if (!run.isEmpty()) {
            runs.add(run);
        }
        boolean mostlyCapitals = capitalised >= settings.shoutingWords()
                && capitalised >= settings.shoutingShare() * words;
        List<List<Token>> shouted = new ArrayList<>();
        for (List<Token> candidate : runs) {
            // a trailing one-letter capital ("… FOR A") belongs to the next words, not to this run
            while (letters(candidate.get(candidate.size() - 1)) < 2) {
                candidate = candidate.subList(0, candidate.size() - 1);
            }
            boolean shouts = candidate.stream().anyMatch(t -> letters(t) >= 2 && shouts(t, cases));
            int runLetters = candidate.stream().mapToInt(ReadabilityCheck::letters).sum();
            boolean longRun = candidate.size() >= settings.shoutingWords() && runLetters >= settings.shoutingLetters();
            boolean shoutsInAShoutingDraft = mostlyCapitals && runLetters >= 3;
            if (shouts && (longRun || shoutsInAShoutingDraft)) {
                shouted.add(candidate);
            }
        }
        if (!shouted.isEmpty()) {
            report(draft, say, shouted, cases, findings);
        }
        return shouted.size();
    }

    /**
     * One finding for all the shouting, from its first run to its last, and one fix that calms every run and
     * leaves the text between them as it is.
     */
    private void report(Draft draft, Wording say, List<List<Token>> runs, SentenceCase cases,
            List<Finding> findings) {
        String text = draft.text();
        int start = runs.get(0).get(0).offset();
        StringBuilder calmer = new StringBuilder();
        int done = start;
        int words = 0;
        for (List<Token> run : runs) {
            calmer.append(text, done, run.get(0).offset()).append(cases.rewrite(text, run));
            done = run.get(run.size() - 1).end();
            words += run.size();
        }
        String value = calmer.toString();
        findings.add(say.finding("shouting", Severity.WARNING, start, done - start,
                Wording.list(say.fix("lower-case", new Replacement(start, done - start, value), false,
                        "calmer", value)), "words", words));
    }

    /**
     * A word in capitals that is not an acronym or a code: "GPS", "SNCF" (the dictionary holds them in capitals),
     * "OLED" (short and in no dictionary) and "CO2" are not shouting; "SOLDES", "NEW" and "GRENOBLE" are.
     */
    private static boolean shouts(Token token, SentenceCase cases) {
        return cases.kind(token) != SentenceCase.Kind.KEPT;
    }

    private static int letters(Token token) {
        return (int) token.text().codePoints().filter(Character::isLetter).count();
    }

    private static boolean isCapitalised(String word) {
        boolean letters = false;
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (Character.isLowerCase(c)) {
                return false;
            }
            letters |= Character.isLetter(c);
        }
        return letters;
    }
}
