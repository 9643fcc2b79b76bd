package fr.ricochet.archive;

import static fr.ricochet.archive.XArchiveReaderTest.read;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.ricochet.request.MediaType;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class MastodonArchiveReaderTest {

    private static final Instant AT = Instant.parse("2024-03-05T09:12:44Z");
    private static final SyntheticAccount ACCOUNT = new SyntheticAccount("mediatheque", List.of(
            new SyntheticPost(AT, "Atelier #lecture avec @bob, « tout public » & gratuit :\n\nhttps://www.ville.fr/atelier",
                    PostType.ORIGINAL, true, "Une affiche orange", 0, 0, null, null),
            new SyntheticPost(AT.plusSeconds(60), "@carol Merci <3", PostType.REPLY, false, null, 0, 0, null, "carol"),
            new SyntheticPost(AT.plusSeconds(120), "", PostType.REPOST, false, null, 0, 0, null, null)),
            List.of(), List.of("alice@mastodon.social", "bob@piaille.fr"));

    @Test
    void readsNotesRepliesBoostsAndTheHandle() throws Exception {
        AccountHistory history = read(SyntheticArchives.mastodonArchive(ACCOUNT), "archive-2024.zip");

        assertThat(history.format()).isEqualTo(ArchiveFormat.MASTODON);
        assertThat(history.network().value()).isEqualTo("mastodon");
        assertThat(history.handle()).isEqualTo("mediatheque");
        assertThat(history.posts()).extracting(ArchivedPost::type)
                .containsExactly(PostType.ORIGINAL, PostType.REPLY, PostType.REPOST);
        ArchivedPost note = history.posts().get(0);
        assertThat(note.text()).isEqualTo(
                "Atelier #lecture avec @bob, « tout public » & gratuit :\n\nhttps://www.ville.fr/atelier");
        assertThat(note.hashtags()).containsExactly("lecture");
        assertThat(note.mentions()).containsExactly("bob");
        assertThat(note.urls()).containsExactly("https://www.ville.fr/atelier");
        assertThat(note.media()).containsExactly(new ArchivedMedia(MediaType.IMAGE, "Une affiche orange"));
        assertThat(note.engagement().known()).isFalse();
        assertThat(history.posts().get(1).text()).isEqualTo("@carol Merci <3");
        assertThat(history.posts().get(1).inReplyTo()).isEqualTo("carol");
        assertThat(history.posts().get(2).createdAt()).isEqualTo(AT.plusSeconds(120));
    }

    @Test
    void readsTheFollowsCsvInsideTheZipAndBesideIt() throws Exception {
        AccountHistory inside = read(SyntheticArchives.mastodonArchive(ACCOUNT), "archive.zip");
        assertThat(inside.follows().following()).containsExactly("alice@mastodon.social", "bob@piaille.fr");
        assertThat(inside.follows().followersKnown()).isFalse();

        SyntheticAccount noFollows = new SyntheticAccount("m", ACCOUNT.posts(), List.of(), List.of());
        AccountHistory without = read(SyntheticArchives.mastodonArchive(noFollows), "archive.zip");
        assertThat(without.follows()).isNull();
        AccountHistory with = new ArchiveReader(ArchiveLimits.DEFAULT).withMastodonFollows(without,
                new ByteArrayInputStream(SyntheticArchives.mastodonFollows(ACCOUNT)), "following_accounts.csv");
        assertThat(with.follows().following()).containsExactly("alice@mastodon.social", "bob@piaille.fr");
        assertThat(with.posts()).hasSize(3);

        // The sequence the command line and the server use: the archive, then the follows sent beside it.
        AccountHistory inOneCall = new ArchiveReader(ArchiveLimits.DEFAULT).read(
                new ByteArrayInputStream(SyntheticArchives.mastodonArchive(noFollows)), "archive.zip",
                new ByteArrayInputStream(SyntheticArchives.mastodonFollows(ACCOUNT)), null);
        assertThat(inOneCall.follows().following()).containsExactly("alice@mastodon.social", "bob@piaille.fr");
    }

    @Test
    void refusesAFollowsCsvWithoutItsAddressColumn() {
        AccountHistory history = new AccountHistory(ArchiveFormat.MASTODON, fr.ricochet.value.NetworkId.of("mastodon"),
                null, List.of(), null, List.of());
        byte[] csv = "Name,Show boosts\nalice,true\n".getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> new ArchiveReader(ArchiveLimits.DEFAULT).withMastodonFollows(history,
                new ByteArrayInputStream(csv), "follows.csv"))
                .isInstanceOfSatisfying(ArchiveException.class, refusal -> assertThat(refusal.problem().en())
                        .isEqualTo("follows.csv has no \"Account address\" column: Mastodon's export of follows starts"
                                + " with \"Account address,Show boosts\"."));
    }

    @Test
    void refusesAMastodonZipWithoutItsOutbox() {
        byte[] archive = SyntheticArchives.zip(zip -> SyntheticArchives.entry(zip, "actor.json",
                "{\"preferredUsername\": \"m\"}".getBytes(StandardCharsets.UTF_8)));

        assertThatThrownBy(() -> read(archive, "mastodon.zip"))
                .isInstanceOfSatisfying(ArchiveException.class, refusal -> assertThat(refusal.problem().en())
                        .isEqualTo("The archive mastodon.zip has no outbox.json: a Mastodon archive holds it beside"
                                + " actor.json. Received: a zip archive without outbox.json."));
    }

    @Test
    void turnsMastodonHtmlIntoText() {
        HtmlText html = HtmlText.of("<p>Un&nbsp;lien : <a href=\"https://ex.fr/a?b=1&amp;c=2\" rel=\"nofollow\">"
                + "<span class=\"invisible\">https://</span><span class=\"ellipsis\">ex.fr/a?b=1&amp;c</span>"
                + "<span class=\"invisible\">=2</span></a><br>ligne 2</p><p>#<a href=\"https://m.ex/tags/x\""
                + " class=\"mention hashtag\" rel=\"tag\">#<span>x</span></a> l&#39;été &lt;3</p>");

        assertThat(html.text()).isEqualTo("Un\u00a0lien : https://ex.fr/a?b=1&c=2\nligne 2\n\n##x l'été <3");
        assertThat(html.links()).containsExactly("https://ex.fr/a?b=1&c=2");
    }
}
