package fr.ricochet.audit;

import fr.ricochet.archive.AccountHistory;
import fr.ricochet.archive.ArchiveFormat;
import fr.ricochet.archive.ArchivedMedia;
import fr.ricochet.archive.ArchivedPost;
import fr.ricochet.archive.Engagement;
import fr.ricochet.archive.Follows;
import fr.ricochet.archive.PostType;
import fr.ricochet.request.MediaType;
import fr.ricochet.value.NetworkId;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.IntStream;

/** In-memory accounts with planted signals, built the way an importer hands them to the audit. */
public final class SyntheticAccounts {

    static final Instant START = Instant.parse("2024-01-01T06:00:00Z");
    private static final String[] COURTS = {"Cour supérieure", "Cour du Québec", "Tribunal administratif"};
    private static final String[] WORDS = ("médiathèque atelier concert exposition lecture quartier soirée enfants "
            + "bénévoles programme jardin musée conférence débat cinéma festival marché école parents sport théâtre "
            + "musique danse photo histoire visite balade vélo recette café rencontre auteur livre conte jeu famille "
            + "printemps hiver été automne dimanche samedi matin soir ville village fête nature science climat").split(" ");
    private static final String[] OPENERS = {"Ce soir", "Venez", "Merci à", "On vous attend", "Retour sur", "Petit rappel",
            "Bonne nouvelle", "Vous avez aimé", "Dernier jour", "À découvrir", "Demain matin", "Quelle belle",
            "Nous cherchons", "Rendez-vous", "Photos de", "Souvenir du", "Question du jour", "Bravo aux"};

    private SyntheticAccounts() {
    }

    static ArchivedPost post(String id, Instant at, String text, PostType type, String source, String inReplyTo,
            List<String> mentions, List<String> hashtags, Engagement engagement) {
        return new ArchivedPost(id, at, text, type, List.of(), hashtags, mentions,
                Words.hasLink(text) ? List.of("https://example.org") : List.of(), source, inReplyTo, engagement);
    }

    static AccountHistory history(List<ArchivedPost> posts, Follows follows) {
        return new AccountHistory(ArchiveFormat.X, NetworkId.of("x"), "compte", posts, follows, List.of());
    }

    /** The article's robot: one template every 60 minutes (give or take two), from IFTTT, day and night. */
    public static AccountHistory hourlyBot(int count, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        List<ArchivedPost> posts = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Instant at = START.plus(Duration.ofMinutes(60L * i + random.nextInt(-2, 3)));
            String text = "Nouvelle décision de justice : " + COURTS[random.nextInt(COURTS.length)] + ", dossier n° "
                    + (500_000 + random.nextInt(400_000)) + ", décision rendue publique aujourd'hui. https://t.co/"
                    + Long.toString(random.nextLong(1L << 40), 36);
            posts.add(post(String.valueOf(i), at, text, PostType.ORIGINAL, "IFTTT", null, List.of(), List.of(),
                    new Engagement((long) random.nextInt(3), 0L, null, null)));
        }
        return history(posts, null);
    }

    /**
     * A person: varied posts at irregular times in waking hours (Europe/Paris), a third of them replies to many
     * different people, from the phone or the web.
     */
    public static AccountHistory variedHuman(int count, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        List<ArchivedPost> posts = new ArrayList<>();
        Instant at = START;
        for (int i = 0; i < count; i++) {
            at = nextWakingTime(at, random);
            boolean reply = random.nextInt(3) == 0;
            String friend = "ami" + random.nextInt(200);
            StringBuilder text = new StringBuilder(reply ? "@" + friend + " " : "")
                    .append(OPENERS[random.nextInt(OPENERS.length)]);
            int length = 6 + random.nextInt(20);
            for (int w = 0; w < length; w++) {
                text.append(' ').append(WORDS[random.nextInt(WORDS.length)]);
            }
            List<String> tags = random.nextInt(4) == 0 ? List.of("grenoble") : List.of();
            if (random.nextInt(6) == 0) {
                text.append(" https://example.org/").append(i);
            }
            posts.add(post(String.valueOf(i), at, text.toString(), reply ? PostType.REPLY : PostType.ORIGINAL,
                    random.nextBoolean() ? "Twitter for Android" : "Twitter Web App", reply ? friend : null,
                    reply ? List.of(friend) : List.of(), tags, new Engagement((long) random.nextInt(30),
                            (long) random.nextInt(5), null, null)));
        }
        List<String> followers = IntStream.range(0, 300).mapToObj(i -> "ami" + i).toList();
        List<String> following = IntStream.range(0, 120).mapToObj(i -> "ami" + (i * 2)).toList();
        return history(posts, new Follows(followers, following, true, true));
    }

    /** Bursty gaps (exponential, from minutes to days), nights skipped as a person sleeps. */
    private static Instant nextWakingTime(Instant after, SplittableRandom random) {
        Instant at = after;
        do {
            long minutes = 1 + (long) (-Math.log(1 - random.nextDouble()) * (random.nextInt(4) == 0 ? 2000 : 200));
            at = at.plus(Duration.ofMinutes(minutes).plusSeconds(random.nextInt(60)));
        } while (at.atZone(java.time.ZoneId.of("Europe/Paris")).getHour() < 7);
        return at;
    }

    /**
     * Posts whose image ones get twice the likes, with log-normal noise, for an audience growing tenfold over the
     * period; links come only in the second half, when the audience is larger, and do nothing by themselves.
     */
    public static List<PostFeatures> imagesDoubleLikes(int count, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        List<PostFeatures> features = new ArrayList<>();
        Instant at = START;
        for (int i = 0; i < count; i++) {
            at = at.plus(Duration.ofMinutes(30 + random.nextInt(60 * 24)));
            boolean image = random.nextInt(3) == 0;
            double audience = 10 * Math.pow(10, (double) i / count);
            double noise = Math.exp(0.5 * random.nextGaussian());
            long likes = Math.round(audience * (image ? 2 : 1) * noise);
            boolean link = i > count / 2 && random.nextBoolean();
            ArchivedPost post = new ArchivedPost(String.valueOf(i), at, "Message " + i, PostType.ORIGINAL,
                    image ? List.of(new ArchivedMedia(MediaType.IMAGE, "Une photo")) : List.of(), List.of(), List.of(),
                    List.of(), null, null, new Engagement(likes, 0L, null, null));
            features.add(new PostFeatures(post, image, random.nextInt(4), 40 + random.nextInt(240), random.nextInt(4) == 0,
                    link, random.nextInt(5) == 0));
        }
        return features;
    }

    static AccountHistory of(List<PostFeatures> features) {
        return history(features.stream().map(PostFeatures::post).toList(), null);
    }
}
