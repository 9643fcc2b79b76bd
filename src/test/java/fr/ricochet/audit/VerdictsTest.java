package fr.ricochet.audit;

import static org.assertj.core.api.Assertions.assertThat;

import fr.ricochet.engine.RulesLocation;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class VerdictsTest {

    private static final Verdicts VERDICTS = new Verdicts(AuditRules.load(RulesLocation.resolve(null)));

    private static List<Signal> flagging(Set<String> flagged) {
        return RobotSignals.IDS.stream().map(id -> new Signal(id, 0.5, flagged.contains(id), 0.3,
                "message of " + id, List.of())).toList();
    }

    /** A recurring format from an account that answers people is a person's habit; without the answers, it is not. */
    @Test
    void aTemplateFromAnAccountThatConversesWithNoAppOrTimerIsOnlyAWeakSignal() {
        Verdict conversing = VERDICTS.judge(flagging(Set.of("near-duplicates")), "en");
        assertThat(conversing.value()).isEqualTo(VerdictValue.HUMAN);
        assertThat(conversing.reasons().get(0)).contains("Near-duplicates");
        List<Signal> unmeasuredReplies = flagging(Set.of("near-duplicates")).stream()
                .map(s -> s.id().equals("replies") ? new Signal("replies", null, false, 0.05, "too few", List.of()) : s)
                .toList();
        assertThat(VERDICTS.judge(unmeasuredReplies, "en").value()).isEqualTo(VerdictValue.PARTLY_AUTOMATED);
        assertThat(VERDICTS.judge(flagging(Set.of("monotony", "near-duplicates")), "en").value())
                .as("two weak signals").isEqualTo(VerdictValue.PARTLY_AUTOMATED);
    }

    @Test
    void howAndWhatTogetherReadAsARobot() {
        Verdict verdict = VERDICTS.judge(flagging(Set.of("regular-intervals", "near-duplicates")), "en");
        assertThat(verdict.value()).isEqualTo(VerdictValue.ROBOT);
        assertThat(verdict.reasons()).containsExactly("The account reads as a robot: its posts go out as from a "
                + "program (Regular intervals) and repeat themselves (Near-duplicates).", "message of near-duplicates",
                "message of regular-intervals");
    }

    /** A Bluesky export names no app and a feed of events has no timer: the template and the silence suffice. */
    @Test
    void oneTemplateInBothWaysWithNoConversationReadsAsARobotButWithConversationsDoesNot() {
        Verdict silent = VERDICTS.judge(flagging(Set.of("monotony", "near-duplicates", "replies")), "en");
        assertThat(silent.value()).isEqualTo(VerdictValue.ROBOT);
        assertThat(silent.reasons().get(0)).isEqualTo("The account reads as a robot: one template, in its openings "
                + "and its words, and no conversation (Repeated openings, Near-duplicates, and Replies and "
                + "conversations), though the archive shows neither the app that posts nor a timer.");
        assertThat(VERDICTS.judge(flagging(Set.of("monotony", "near-duplicates")), "en").value())
                .isEqualTo(VerdictValue.PARTLY_AUTOMATED);
        assertThat(VERDICTS.judge(flagging(Set.of("near-duplicates", "replies")), "en").value())
                .isEqualTo(VerdictValue.PARTLY_AUTOMATED);
    }

    @Test
    void oneStrongSignalAloneReadsAsPartlyAutomated() {
        Verdict verdict = VERDICTS.judge(flagging(Set.of("automation-source")), "fr");
        assertThat(verdict.value()).isEqualTo(VerdictValue.PARTLY_AUTOMATED);
        assertThat(verdict.reasons().get(0)).isEqualTo("Le compte se lit comme en partie automatisé\u00A0: un signal "
                + "fort (Outils d'automatisation), sans l'ensemble qui fait un robot.");
    }

    @Test
    void aWeakSignalWhoseFigureMakesItStrongReadsAsPartlyAutomatedAndOneSetAsideIsNotCounted() {
        List<Signal> signals = RobotSignals.IDS.stream().map(id -> new Signal(id, 0.5, id.equals("follow-back")
                || id.equals("night-posting") || id.equals("replies"), 0.3, "message of " + id, List.of(),
                id.equals("follow-back") ? Signal.Weight.STRONG : id.equals("night-posting") ? Signal.Weight.ASIDE : null))
                .toList();
        Verdict verdict = VERDICTS.judge(signals, "en");
        assertThat(verdict.value()).isEqualTo(VerdictValue.PARTLY_AUTOMATED);
        assertThat(verdict.reasons().get(0)).isEqualTo("The account reads as partly automated: one strong signal "
                + "(Mutual follows), without the whole that makes a robot.");
        Verdict aside = VERDICTS.judge(signals.stream().map(s -> s.id().equals("follow-back")
                ? new Signal(s.id(), s.value(), false, s.threshold(), s.message(), List.of()) : s).toList(), "en");
        assertThat(aside.value()).as("replies alone; night posting set aside").isEqualTo(VerdictValue.HUMAN);
    }

    @Test
    void twoWeakSignalsReadAsPartlyAutomatedButOneDoesNot() {
        Verdict two = VERDICTS.judge(flagging(Set.of("night-posting", "link-only")), "en");
        assertThat(two.value()).isEqualTo(VerdictValue.PARTLY_AUTOMATED);
        assertThat(two.reasons().get(0)).isEqualTo(
                "The account reads as partly automated: 2 weak signals together (Links without text and Posting at night).");
        Verdict one = VERDICTS.judge(flagging(Set.of("replies")), "en");
        assertThat(one.value()).isEqualTo(VerdictValue.HUMAN);
        assertThat(one.reasons()).containsExactly("A single weak signal (Replies and conversations): not enough to read automation "
                + "into it; the account reads as a person's.", "message of replies");
    }
}
