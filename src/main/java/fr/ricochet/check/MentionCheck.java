package fr.ricochet.check;

import fr.ricochet.measure.Entity;
import fr.ricochet.measure.Token;
import fr.ricochet.rules.NetworkProfile;
import fr.ricochet.rules.TipSpec;
import fr.ricochet.value.NetworkId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Refer to other people: an @mention, a direct "you"/"vous" or an imperative addressed to the reader. More than
 * a few mentions reads as spam.
 * A post that opens with a mention gets an explanation of what is true today, not the 2016 folklore.
 */
record MentionCheck(TipSpec tip, Settings settings) implements Check {

    static final CheckKind<Settings> KIND = new CheckKind<>("mentions", Settings.class, CheckKind.WHOLE_POST,
            Set.of("none", "too-many", "leading"), MentionCheck::new).filling("count", "max", "mention");

    /**
     * @param max mentions above this look like spam
     * @param youWords per language, words that address the reader directly
     * @param leadingNoteNetworks networks whose old leading-mention rule people still remember
     * @param questionsAddress whether a question addresses the reader ("Qui nous rejoint ?" asks someone)
     */
    record Settings(int max, Map<String, List<String>> youWords, List<NetworkId> leadingNoteNetworks,
            double noneScore, double tooManyScore, boolean questionsAddress) {
    }

    @Override
    public Verdict judge(Draft draft, NetworkProfile network) {
        Wording say = new Wording(tip, draft.language(), null);
        // a mention is one where at least one requested network links it (Bluesky makes none of "@carol")
        List<Entity> mentions = draft.facts().mentionsOnAny(draft.request().networks());
        List<Finding> findings = new ArrayList<>();
        double score = 1;
        if (mentions.isEmpty() && !addressesReader(draft)) {
            findings.add(say.whole("none", Severity.SUGGESTION));
            score = settings.noneScore();
        }
        if (mentions.size() > settings.max()) {
            Entity first = mentions.get(settings.max());
            Entity last = mentions.get(mentions.size() - 1);
            findings.add(say.finding("too-many", Severity.WARNING, first.offset(), last.end() - first.offset(),
                    List.of(), "count", mentions.size(), "max", settings.max()));
            score = settings.tooManyScore();
        }
        boolean leading = !mentions.isEmpty() && mentions.get(0).offset() == firstVisible(draft.text());
        if (leading && draft.request().networks().stream().anyMatch(settings.leadingNoteNetworks()::contains)) {
            Entity first = mentions.get(0);
            findings.add(say.finding("leading", Severity.INFO, first.offset(), first.length(), List.of(),
                    "mention", "@" + first.value()));
        }
        return new Verdict(score, findings);
    }

    /**
     * "vous", "you", a verb in the imperative, which speaks to the reader too ("Partagez", "Join us"), or a
     * question, which expects an answer from someone (links are blanked in the prose, so theirs do not count).
     */
    private boolean addressesReader(Draft draft) {
        if (settings.questionsAddress() && draft.facts().prose().indexOf('?') >= 0) {
            return true;
        }
        List<String> words = settings.youWords().getOrDefault(draft.language().code(), List.of());
        for (Token token : draft.facts().tokens()) {
            if (token.imperative() || words.contains(token.text().toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    private static int firstVisible(String text) {
        int i = 0;
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i;
    }
}
