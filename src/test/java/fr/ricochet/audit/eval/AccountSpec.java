package fr.ricochet.audit.eval;

import fr.ricochet.archive.ArchiveFormat;
import java.time.DayOfWeek;
import java.time.LocalDateTime;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * One account archetype of {@code src/test/resources/eval/accounts}: how to generate its history, and what an
 * experienced community manager expects the audit to say of it, written before any audit had run.
 *
 * @param timeZone the audience's zone, the one the audit is told
 * @param livesIn the zone of the poster's own clock (day hours are read in it); the audience's when absent
 * @param start the first original post, on the poster's clock
 */
public record AccountSpec(String id, String about, String network, ArchiveFormat format, String handle,
        String timeZone, String livesIn, long seed, LocalDateTime start, Counts posts, Schedule schedule,
        Scheduler scheduler, Map<String, Double> sources, String replySource, Texts texts, Hashtags hashtags,
        Links links, Images images, FollowSpec follows, EngagementSpec engagement, Expectations expect) {

    public AccountSpec {
        livesIn = livesIn == null ? timeZone : livesIn;
        sources = sorted(sources);
        hashtags = hashtags == null ? new Hashtags(0, 0, List.of()) : hashtags;
        links = links == null ? new Links(0, List.of()) : links;
        images = images == null ? new Images(0, null, 0) : images;
    }

    /**
     * How many posts of each type; replies go to {@code people} distinct accounts, reposts come from
     * {@code repostedPeople}.
     */
    public record Counts(int original, int replies, int reposts, int people, int repostedPeople) {
    }

    /**
     * When the original posts go out: gaps drawn around {@code meanGapMinutes} (lognormal of spread {@code jitter},
     * exact when 0), kept within {@code dayFrom}–{@code dayTo} on the poster's clock and the given days, except a
     * {@code nightShare} of them placed in the night on purpose. Replies and reposts fall at random day hours.
     */
    public record Schedule(double meanGapMinutes, double jitter, Integer dayFrom, Integer dayTo, double nightShare,
            List<DayOfWeek> days) {

        public Schedule {
            dayFrom = dayFrom == null ? 0 : dayFrom;
            dayTo = dayTo == null ? 24 : dayTo;
            days = days == null ? List.of(DayOfWeek.values()) : List.copyOf(days);
        }

        boolean roundTheClock() {
            return dayFrom == 0 && dayTo == 24;
        }
    }

    /** A scheduling app ({@code source}) sending a {@code share} of the originals, each at one of its minutes. */
    public record Scheduler(String source, double share, List<Integer> minutes) {
    }

    /**
     * The words: templates picked by weight, whose {@code {slot}}s are filled from {@code slots} (a value may hold
     * slots itself) or by the built-ins {@code {link}}, {@code {n}}, {@code {date}}, {@code {weekday}},
     * {@code {hour}}; {@code replies} are the templates of answers, after the {@code @person} answered.
     */
    public record Texts(List<Template> templates, Map<String, List<String>> slots, List<String> replies) {

        public Texts {
            slots = sorted(slots);
            replies = replies == null ? List.of("Merci !") : List.copyOf(replies);
        }
    }

    /** A template, picked by weight among those allowed on the post's day ({@code days}: every day when absent). */
    public record Template(double weight, String text, List<DayOfWeek> days) {

        public Template {
            days = days == null ? List.of(DayOfWeek.values()) : List.copyOf(days);
        }
    }

    /** Between {@code min} and {@code max} tags of the pool added at the end of each original. */
    public record Hashtags(int min, int max, List<String> pool) {
    }

    /** A link added to a {@code share} of the originals whose template holds none, on one of the sites. */
    public record Links(double share, List<String> sites) {
    }

    /** A picture on a share of the originals, going from {@code share} to {@code shareEnd} over the period. */
    public record Images(double share, Double shareEnd, double altShare) {

        public Images {
            shareEnd = shareEnd == null ? share : shareEnd;
        }
    }

    /** The follower and following lists; {@code mutual} is the share of followers the account follows back. */
    public record FollowSpec(int followers, int following, double mutual, Boolean followersKnown,
            Boolean followingKnown) {

        public FollowSpec {
            followersKnown = followersKnown == null || followersKnown;
            followingKnown = followingKnown == null || followingKnown;
        }
    }

    /**
     * Likes of an original: {@code base} at the start, growing by {@code growthPerMonth}, times lognormal noise of
     * spread {@code noise}, times each planted effect's ratio ({@code image}, {@code link}, {@code mention},
     * {@code question}, {@code hashtags}) the post has; reposts a {@code repostRatio} of the likes.
     */
    public record EngagementSpec(double base, double noise, double growthPerMonth, Double repostRatio,
            Map<String, Double> effects) {

        public EngagementSpec {
            repostRatio = repostRatio == null ? 0.2 : repostRatio;
            effects = sorted(effects);
        }
    }

    /**
     * The community manager's reading, each with its one-line why: the verdict, the signals that must be flagged,
     * that must not be, that may go either way, the planted effects whose interval must exclude 1 and the features
     * whose intervals must include it; {@code note} says what else the report should say.
     */
    public record Expectations(String verdict, String why, Map<String, String> flagged,
            Map<String, String> notFlagged, Map<String, String> undecided, Map<String, String> effects,
            Map<String, String> noEffect, String note) {

        public Expectations {
            flagged = sorted(flagged);
            notFlagged = sorted(notFlagged);
            undecided = sorted(undecided);
            effects = sorted(effects);
            noEffect = sorted(noEffect);
        }
    }

    /** A copy in key order: a weighted pick must see the same order in every run, which Map.copyOf does not give. */
    static <V> Map<String, V> sorted(Map<String, V> map) {
        return map == null ? Map.of() : Collections.unmodifiableMap(new TreeMap<>(map));
    }
}
