package fr.ricochet.archive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.ricochet.request.MediaType;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class XArchiveReaderTest {

    private static final ArchiveReader READER = new ArchiveReader(ArchiveLimits.DEFAULT);
    private static final Instant AT = Instant.parse("2024-03-05T09:12:44Z");

    static AccountHistory read(byte[] archive, String name) throws IOException, ArchiveException {
        return READER.read(new ByteArrayInputStream(archive), name);
    }

    @Test
    void readsTheTweetsTheFollowListsAndTheHandleOfAnXArchive() throws Exception {
        SyntheticAccount account = new SyntheticAccount("mairie_exemple", List.of(
                new SyntheticPost(AT.plusSeconds(60), "Réponse &amp; merci <3 @alice", PostType.REPLY, false, null, 2, 0,
                        "Twitter for iPhone", "alice"),
                new SyntheticPost(AT, "Le #marché de Noël ouvre https://www.ville.fr/noel avec @bob", PostType.ORIGINAL,
                        true, "ignored by X", 12, 3, "IFTTT", null),
                new SyntheticPost(AT.plusSeconds(120), "RT @carol: à lire", PostType.ORIGINAL, false, null, 0, 5, null,
                        null)),
                List.of("11", "12"), List.of("12", "13", "14"));

        AccountHistory history = read(SyntheticArchives.xArchive(account), "twitter-2024.zip");

        assertThat(history.format()).isEqualTo(ArchiveFormat.X);
        assertThat(history.network().value()).isEqualTo("x");
        assertThat(history.handle()).isEqualTo("mairie_exemple");
        assertThat(history.follows().followers()).containsExactly("11", "12");
        assertThat(history.follows().following()).containsExactly("12", "13", "14");
        assertThat(history.follows().followersKnown()).isTrue();
        assertThat(history.posts()).extracting(ArchivedPost::createdAt)
                .containsExactly(AT, AT.plusSeconds(60), AT.plusSeconds(120));
        ArchivedPost original = history.posts().get(0);
        assertThat(original.type()).isEqualTo(PostType.ORIGINAL);
        assertThat(original.text()).isEqualTo("Le #marché de Noël ouvre https://www.ville.fr/noel avec @bob");
        assertThat(original.hashtags()).containsExactly("marché");
        assertThat(original.mentions()).containsExactly("bob");
        assertThat(original.urls()).containsExactly("https://www.ville.fr/noel");
        assertThat(original.media()).containsExactly(new ArchivedMedia(MediaType.IMAGE, null));
        assertThat(original.source()).isEqualTo("IFTTT");
        assertThat(original.engagement()).isEqualTo(new Engagement(12L, 3L, null, null));
        ArchivedPost reply = history.posts().get(1);
        assertThat(reply.type()).isEqualTo(PostType.REPLY);
        assertThat(reply.inReplyTo()).isEqualTo("alice");
        assertThat(reply.text()).as("X's entities decoded once: the author typed &amp;").isEqualTo("Réponse &amp; merci <3 @alice");
        assertThat(reply.source()).isEqualTo("Twitter for iPhone");
        assertThat(history.posts().get(2).type()).isEqualTo(PostType.REPOST);
        assertThat(history.skipped()).isEmpty();
    }

    @Test
    void readsTheOlderTweetJsAndTweetsInPartsAndBareTweets() throws Exception {
        String part0 = "window.YTD.tweets.part0 = [ {\"tweet\": {\"created_at\": \"Wed Oct 10 20:19:24 +0000 2018\","
                + " \"full_text\": \"premier\", \"favorite_count\": \"4\", \"retweet_count\": \"1\", \"id_str\": \"1\"}} ]";
        String part1 = "window.YTD.tweets.part1 = [ {\"created_at\": \"Thu Oct 11 20:19:24 +0000 2018\","
                + " \"full_text\": \"second\", \"id_str\": \"2\"} ]";
        byte[] archive = SyntheticArchives.zip(zip -> {
            SyntheticArchives.entry(zip, "twitter-2018/data/tweets.js", part0.getBytes(StandardCharsets.UTF_8));
            SyntheticArchives.entry(zip, "twitter-2018/data/tweets-part1.js", part1.getBytes(StandardCharsets.UTF_8));
        });

        AccountHistory history = read(archive, "archive.zip");

        assertThat(history.posts()).extracting(ArchivedPost::text).containsExactly("premier", "second");
        assertThat(history.posts().get(0).engagement().likes()).isEqualTo(4L);
        assertThat(history.posts().get(1).engagement().known()).as("no counts is unknown, not zero").isFalse();
        assertThat(history.follows()).isNull();
        assertThat(history.handle()).isNull();
    }

    @Test
    void skipsAndCountsTweetsWithoutAReadableDate() throws Exception {
        String tweets = "window.YTD.tweets.part0 = [ {\"tweet\": {\"created_at\": \"yesterday\", \"full_text\": \"a\"}},"
                + " {\"tweet\": {\"full_text\": \"b\"}},"
                + " {\"tweet\": {\"created_at\": \"Wed Oct 10 20:19:24 +0000 2018\", \"full_text\": \"c\"}} ]";
        byte[] archive = SyntheticArchives.zip(zip -> SyntheticArchives.entry(zip, "data/tweet.js",
                tweets.getBytes(StandardCharsets.UTF_8)));

        AccountHistory history = read(archive, "archive.zip");

        assertThat(history.posts()).extracting(ArchivedPost::text).containsExactly("c");
        assertThat(history.skipped()).hasSize(1);
        assertThat(history.skipped().get(0).en()).isEqualTo("2 posts of data/tweet.js had no readable date and were left out.");
        assertThat(history.skipped().get(0).fr())
                .isEqualTo("2 publications de data/tweet.js n'avaient pas de date lisible et ont été laissées de côté.");
    }

    @Test
    void readsThePlantedBotWithItsSourceAndFixedMinute() throws Exception {
        AccountHistory history = read(SyntheticArchives.xArchive(PlantedAccounts.iftttBot()), "bot.zip");

        assertThat(history.posts()).hasSize(600);
        assertThat(history.posts()).allSatisfy(post -> {
            assertThat(post.source()).isEqualTo("IFTTT");
            assertThat(post.text()).startsWith("Nouvelle décision de justice : ");
            assertThat(post.createdAt().getEpochSecond() % 3600).isEqualTo(17 * 60);
        });
        assertThat(history.follows().followers()).hasSize(500);
    }

    @Test
    void refusesAZipWithoutTweetsSayingWhichFileIsMissing() {
        byte[] archive = SyntheticArchives.zip(zip -> SyntheticArchives.entry(zip, "data/account.js",
                "window.YTD.account.part0 = [ ]".getBytes(StandardCharsets.UTF_8)));

        assertThatThrownBy(() -> read(archive, "twitter.zip"))
                .isInstanceOfSatisfying(ArchiveException.class, refusal -> {
                    assertThat(refusal.file()).isEqualTo("twitter.zip");
                    assertThat(refusal.problem().en()).isEqualTo("The archive twitter.zip has no data/tweets.js: an X"
                            + " archive holds it. Received: a zip archive without data/tweets.js.");
                    assertThat(refusal.problem().fr()).isEqualTo("Le fichier data/tweets.js est introuvable dans"
                            + " l'archive twitter.zip\u00a0: une archive X le contient. Reçu\u00a0: une archive zip sans"
                            + " data/tweets.js.");
                });
    }

    @Test
    void refusesBrokenJsonInTweetsJsSayingWhere() {
        String tweets = "window.YTD.tweets.part0 = [ {\"tweet\": {\"full_text\": \"a\",, } ]";
        byte[] archive = SyntheticArchives.zip(zip -> SyntheticArchives.entry(zip, "data/tweets.js",
                tweets.getBytes(StandardCharsets.UTF_8)));

        assertThatThrownBy(() -> read(archive, "twitter.zip"))
                .isInstanceOfSatisfying(ArchiveException.class, refusal -> {
                    assertThat(refusal.file()).isEqualTo("data/tweets.js");
                    assertThat(refusal.problem().en()).isEqualTo("data/tweets.js is not readable JSON (line 1, column"
                            + " 57); an X tweets file holds a JSON array of {\"tweet\": {...}} objects.");
                    assertThat(refusal.problem().fr()).startsWith("Le fichier data/tweets.js n'est pas du JSON lisible"
                            + " (ligne 1, colonne 57)\u00a0;");
                });
    }

    @Test
    void refusesATweetsFileThatIsNotXsAssignment() {
        byte[] archive = SyntheticArchives.zip(zip -> SyntheticArchives.entry(zip, "data/tweets.js",
                "var tweets = 3;".getBytes(StandardCharsets.UTF_8)));

        assertThatThrownBy(() -> read(archive, "twitter.zip"))
                .isInstanceOfSatisfying(ArchiveException.class, refusal -> assertThat(refusal.problem().en())
                        .isEqualTo("data/tweets.js does not start as X writes it (\"window.YTD.tweets.part0 = [\""
                                + " followed by a JSON array)."));
    }
}
