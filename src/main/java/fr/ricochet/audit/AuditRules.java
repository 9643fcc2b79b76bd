package fr.ricochet.audit;

import fr.ricochet.rules.Localized;
import java.nio.file.Path;
import java.util.List;

/**
 * The thresholds of the robot-likeness signals, the verdict's rule and the calibration's settings, as
 * {@code rules/audit.yaml} writes them (each with the reason for its value there).
 *
 * @param minimumPosts below this many posts a signal is not measured
 */
public record AuditRules(int minimumPosts, Monotony monotony, NearDuplicates nearDuplicates,
        RegularIntervals regularIntervals, AutomationSource automationSource, LinkOnly linkOnly,
        HashtagStuffing hashtagStuffing, NightPosting nightPosting, Share replies,
        MentionDiversity mentionDiversity, FollowBack followBack, VerdictRule verdict, CalibrationRules calibration) {

    public static final String FILE = "audit.yaml";

    /** Reads {@code audit.yaml} of a rules directory, or throws a {@code RulesException} naming the field. */
    public static AuditRules load(Path rulesDirectory) {
        return AuditRulesReader.read(rulesDirectory.resolve(FILE));
    }

    /** A signal that is a share of posts compared with one threshold. */
    public record Share(double threshold) {
    }

    /** @param openingWords how many first words make an opening */
    public record Monotony(double threshold, int openingWords) {
    }

    /**
     * @param similarity the Jaccard similarity of word 3-shingles from which two posts are near-duplicates
     * @param hashes MinHash values per post, split into {@code bands} for the locality-sensitive hashing
     * @param minimumWords shorter posts are not compared
     */
    public record NearDuplicates(double threshold, double similarity, int hashes, int bands, int minimumWords) {
    }

    /**
     * @param threshold the coefficient of variation of the gaps at or below which posting is regular
     * @param sameMinute the share of posts at one minute of the hour at or above which it is regular
     */
    public record RegularIntervals(double threshold, double sameMinute) {
    }

    /** @param automated apps that post by themselves; @param scheduled tools people plan their own posts with */
    public record AutomationSource(double threshold, List<String> automated, List<String> scheduled) {
        public AutomationSource {
            automated = List.copyOf(automated);
            scheduled = List.copyOf(scheduled);
        }
    }

    /** @param maxWords words besides the link that still make a post link-only */
    public record LinkOnly(double threshold, int maxWords) {
    }

    /** @param maxTags more hashtags than this on a post is stuffing */
    public record HashtagStuffing(double threshold, int maxTags) {
    }

    /**
     * The night from hour {@code from} included to hour {@code to} excluded, in the audience's zone.
     *
     * @param quietHours consecutive hours of an account's silence that make a person's night
     * @param quietShare the share of posts at or under which those hours are a silence
     */
    public record NightPosting(double threshold, int from, int to, int quietHours, double quietShare) {
    }

    public record MentionDiversity(double threshold, int minimumMentions) {
    }

    /**
     * @param strongRatio following per follower from which a flagged follow-back, with {@code strongFollowers} or
     *                    more followers, is a strong signal: the audience is farmed, not a circle of acquaintances
     */
    public record FollowBack(double threshold, double maxFollowingRatio, int minimumFollowers, double strongRatio,
            int strongFollowers) {
    }

    /**
     * Robot when a signal of {@code robotHow} and one of {@code robotWhat} are both flagged, or every signal of
     * {@code robotSilent} (none: that reading is off); partly automated when one {@code strong} signal or
     * {@code weakNeeded} weak ones are.
     */
    public record VerdictRule(List<String> robotHow, List<String> robotWhat, List<String> robotSilent,
            List<String> strong, List<String> weak, int weakNeeded) {
        public VerdictRule {
            robotHow = List.copyOf(robotHow);
            robotWhat = List.copyOf(robotWhat);
            robotSilent = List.copyOf(robotSilent);
            strong = List.copyOf(strong);
            weak = List.copyOf(weak);
        }
    }

    /**
     * @param window posts of the centred rolling median each post's engagement is divided by (odd)
     * @param resamples bootstrap resamples of each ratio
     * @param minimumGroup posts needed on each side of a comparison
     */
    public record CalibrationRules(int minimumPosts, int window, int resamples, long seed, int minimumGroup,
            BestHoursRules bestHours, List<Study> studies) {
        public CalibrationRules {
            studies = List.copyOf(studies);
        }

        /** The study a feature's group stands beside: one for that group, else one for the whole feature. */
        public Study study(String feature, String group) {
            Study whole = null;
            for (Study study : studies) {
                if (study.feature().equals(feature) && group.equals(study.group())) {
                    return study;
                }
                if (study.feature().equals(feature) && study.group() == null) {
                    whole = study;
                }
            }
            return whole;
        }
    }

    public record BestHoursRules(int minimumPosts, int minimumPerSlot, int maximumWindows) {
    }

    /**
     * @param group null when the study speaks of the whole feature (every hour block)
     * @param ratio null when the study gave no single figure
     */
    public record Study(String feature, String group, Double ratio, Localized finding, String source) {
    }
}
