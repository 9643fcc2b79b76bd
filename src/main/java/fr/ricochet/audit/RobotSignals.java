package fr.ricochet.audit;

import fr.ricochet.archive.AccountHistory;
import java.time.ZoneId;
import java.util.List;

/**
 * Measures the ten robot-likeness signals of issue 13 on an account's history, each with its figure, the
 * threshold of {@code rules/audit.yaml} it was compared with, a sentence saying what the figure shows and the posts
 * that show it. Pure computation: no engine, nothing kept.
 */
public final class RobotSignals {

    public static final String MONOTONY = "monotony";
    public static final String NEAR_DUPLICATES = "near-duplicates";
    public static final String REGULAR_INTERVALS = "regular-intervals";
    public static final String AUTOMATION_SOURCE = "automation-source";
    public static final String LINK_ONLY = "link-only";
    public static final String HASHTAG_STUFFING = "hashtag-stuffing";
    public static final String NIGHT_POSTING = "night-posting";
    public static final String REPLIES = "replies";
    public static final String MENTION_DIVERSITY = "mention-diversity";
    public static final String FOLLOW_BACK = "follow-back";
    /** In the order the report lists them. */
    public static final List<String> IDS = List.of(MONOTONY, NEAR_DUPLICATES, REGULAR_INTERVALS, AUTOMATION_SOURCE,
            LINK_ONLY, HASHTAG_STUFFING, NIGHT_POSTING, REPLIES, MENTION_DIVERSITY, FOLLOW_BACK);

    private final AuditRules rules;

    public RobotSignals(AuditRules rules) {
        this.rules = rules;
    }

    /** The ten signals, in the order of {@link #IDS}, their messages in {@code language} ({@code fr} or {@code en}). */
    public List<Signal> measure(AccountHistory history, ZoneId audienceZone, String language) {
        SignalContext context = SignalContext.of(history, audienceZone, language, rules);
        TextSignals text = new TextSignals(context);
        RhythmSignals rhythm = new RhythmSignals(context);
        AudienceSignals audience = new AudienceSignals(context);
        return List.of(text.monotony(), text.nearDuplicates(), rhythm.regularIntervals(), audience.automationSource(),
                text.linkOnly(), text.hashtagStuffing(), rhythm.nightPosting(), audience.replies(),
                audience.mentionDiversity(), audience.followBack());
    }
}
