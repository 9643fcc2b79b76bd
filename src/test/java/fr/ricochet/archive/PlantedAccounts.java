package fr.ricochet.archive;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * Accounts with planted signals, for the audit's tests: each is deterministic (a seeded {@link Random}), so a test
 * that finds a signal finds it every time, and each plants one thing only, so that what is not planted must come
 * out clean. Follow lists are X account ids, the same kind on both sides.
 */
public final class PlantedAccounts {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final Instant START = Instant.parse("2023-01-02T07:17:00Z");
    private static final String WEB = "Twitter Web App";

    private PlantedAccounts() {
    }

    /**
     * A bot posting one template, "Nouvelle décision de justice : {title} {link}", every 60 minutes to the minute
     * from IFTTT, day and night, answering no one; ~500 followers, following a dozen accounts.
     */
    public static SyntheticAccount iftttBot() {
        Random random = new Random(13_001);
        List<SyntheticPost> posts = new ArrayList<>();
        for (int i = 0; i < 600; i++) {
            posts.add(new SyntheticPost(START.plus(Duration.ofHours(i)), PostTexts.decision(random), PostType.ORIGINAL,
                    false, null, random.nextInt(3), random.nextInt(2), "IFTTT", null));
        }
        return new SyntheticAccount("decisions_bot", posts, ids(1, 500), ids(90_000, 12));
    }

    /**
     * A normal-looking poster that follows ~2,000 accounts and is followed by ~1,000, 95 % of whom it follows back:
     * the reciprocity tactic's trace (following/follower ratio ~2).
     */
    public static SyntheticAccount followBackFarm() {
        Random random = new Random(13_002);
        List<String> followers = ids(1, 1_000);
        List<String> following = new ArrayList<>();
        for (String follower : followers) {
            if (random.nextInt(100) < 95) {
                following.add(follower);
            }
        }
        following.addAll(ids(500_000, 2_000 - following.size()));
        return new SyntheticAccount("bonsplans_actu", humanPosts(random, 300, 0.15, 0.05, 0.4), followers, following);
    }

    /**
     * ~800 varied posts over two years whose image posts get twice the likes of the others (log-normal noise),
     * with a slowly growing audience (likes trend upwards, which a rolling median must absorb); hashtags, length,
     * links and hours have no planted effect.
     */
    public static SyntheticAccount imageLover() {
        Random random = new Random(13_003);
        List<SyntheticPost> posts = new ArrayList<>();
        ZonedDateTime at = START.atZone(PARIS);
        Instant end = START.plus(Duration.ofDays(730));
        for (int i = 0; i < 800; i++) {
            at = nextDaytime(random, at, 900);
            boolean image = random.nextInt(100) < 40;
            String text = PostTexts.human(random, random.nextInt(100) < 30, random.nextInt(100) < 20);
            double growth = 1 + 2.0 * Duration.between(START, at.toInstant()).toMinutes()
                    / Duration.between(START, end).toMinutes();
            double likes = 15 * growth * (image ? 2 : 1) * Math.exp(0.5 * random.nextGaussian());
            posts.add(new SyntheticPost(at.toInstant(), text, PostType.ORIGINAL, image,
                    image ? "Photo : " + PostTexts.pick(random, PostTexts.EVENTS) : null,
                    Math.round(likes), Math.round(likes / 6), WEB, null));
        }
        return new SyntheticAccount("musee_des_images", posts, ids(1, 1_500), mutualAndOthers(random, 1_500, 150, 400));
    }

    /**
     * ~400 varied human posts: many openings in French and English, ~30 % replies to many different people,
     * irregular gaps, daytime in Europe/Paris, few hashtags, a web client; ~30 % of followers followed back.
     */
    public static SyntheticAccount cleanHuman() {
        Random random = new Random(13_004);
        List<String> followers = ids(1, 600);
        return new SyntheticAccount("mediatheque_tilleuls", humanPosts(random, 400, 0.30, 0.05, 0.25), followers,
                mutualAndOthers(random, 600, 180, 320));
    }

    /** A large varied account for the benchmark: {@code posts} human posts over years, with likes. */
    public static SyntheticAccount large(int posts) {
        Random random = new Random(13_005);
        return new SyntheticAccount("grande_ville", humanPosts(random, posts, 0.2, 0.08, 0.3), ids(1, 20_000),
                mutualAndOthers(random, 20_000, 3_000, 5_000));
    }

    /**
     * Posts as a person writes them, in the daytime in Paris, with irregular gaps (an exponential of mean five
     * hours, nights skipped), answering a crowd of different people.
     */
    private static List<SyntheticPost> humanPosts(Random random, int count, double replies, double hashtags,
            double links) {
        List<SyntheticPost> posts = new ArrayList<>();
        ZonedDateTime at = START.atZone(PARIS).withHour(9);
        for (int i = 0; i < count; i++) {
            at = nextDaytime(random, at, 300);
            boolean reply = random.nextDouble() < replies;
            String person = "habitant_" + random.nextInt(250);
            String text = reply ? PostTexts.reply(random, person)
                    : PostTexts.human(random, random.nextDouble() < links, random.nextDouble() < hashtags);
            boolean image = !reply && random.nextInt(100) < 30;
            long likes = Math.round(8 * Math.exp(0.8 * random.nextGaussian()));
            posts.add(new SyntheticPost(at.toInstant(), text, reply ? PostType.REPLY : PostType.ORIGINAL, image,
                    image ? "Affiche de " + PostTexts.pick(random, PostTexts.EVENTS) : null, likes, likes / 5, WEB,
                    reply ? person : null));
        }
        return posts;
    }

    /**
     * The next moment after {@code at}, an exponential gap of mean {@code meanMinutes} later, moved into 8:00–22:00
     * Paris time.
     */
    private static ZonedDateTime nextDaytime(Random random, ZonedDateTime at, int meanMinutes) {
        long minutes = 10 + Math.round(-Math.log(1 - random.nextDouble()) * meanMinutes);
        ZonedDateTime next = at.plusMinutes(minutes).withSecond(random.nextInt(60));
        if (next.getHour() >= 22 || next.getHour() < 8) {
            LocalDate day = next.getHour() >= 22 ? next.toLocalDate().plusDays(1) : next.toLocalDate();
            next = day.atTime(8 + random.nextInt(3), random.nextInt(60), random.nextInt(60)).atZone(PARIS);
        }
        return next;
    }

    /** {@code mutual} of the first {@code followers} ids followed back, and other accounts up to {@code total}. */
    private static List<String> mutualAndOthers(Random random, int followers, int mutual, int total) {
        Set<String> following = new LinkedHashSet<>();
        while (following.size() < mutual) {
            following.add(Long.toString(1 + random.nextInt(followers)));
        }
        following.addAll(ids(700_000, total - mutual));
        return List.copyOf(following);
    }

    private static List<String> ids(long first, int count) {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            ids.add(Long.toString(first + i));
        }
        return ids;
    }
}
