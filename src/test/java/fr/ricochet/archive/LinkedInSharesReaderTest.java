package fr.ricochet.archive;

import static fr.ricochet.archive.XArchiveReaderTest.read;
import static org.assertj.core.api.Assertions.assertThat;

import fr.ricochet.request.MediaType;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class LinkedInSharesReaderTest {

    private static final Instant AT = Instant.parse("2024-03-05T09:12:44Z");
    private static final SyntheticAccount ACCOUNT = new SyntheticAccount("x", List.of(
            new SyntheticPost(AT, "Notre rapport \"2024\" est paru,\nlisez-le : https://ville.fr/rapport #transparence",
                    PostType.ORIGINAL, true, null, 0, 0, null, null),
            new SyntheticPost(AT.minusSeconds(3600), "Bienvenue à @Camille", PostType.ORIGINAL, false, null, 0, 0, null,
                    null)),
            List.of(), List.of());

    @Test
    void readsSharesWithQuotesLineBreaksMediaAndEntities() throws Exception {
        AccountHistory history = read(SyntheticArchives.linkedInShares(ACCOUNT), "Shares.csv");

        assertThat(history.format()).isEqualTo(ArchiveFormat.LINKEDIN);
        assertThat(history.network().value()).isEqualTo("linkedin");
        assertThat(history.posts()).extracting(ArchivedPost::createdAt).containsExactly(AT.minusSeconds(3600), AT);
        ArchivedPost share = history.posts().get(1);
        assertThat(share.text()).isEqualTo("Notre rapport \"2024\" est paru,\nlisez-le : https://ville.fr/rapport"
                + " #transparence");
        assertThat(share.hashtags()).containsExactly("transparence");
        assertThat(share.urls()).containsExactly("https://ville.fr/rapport");
        assertThat(share.media()).containsExactly(new ArchivedMedia(MediaType.IMAGE, null));
        assertThat(share.id()).startsWith("https://www.linkedin.com/feed/update/");
        assertThat(share.engagement().known()).isFalse();
        assertThat(history.posts().get(0).mentions()).containsExactly("Camille");
        assertThat(history.posts().get(0).media()).isEmpty();
    }

    @Test
    void readsSharesCsvInsideLinkedInsZip() throws Exception {
        byte[] zip = SyntheticArchives.zip(archive -> {
            SyntheticArchives.entry(archive, "Profile.csv", "First Name\nCamille\n".getBytes(StandardCharsets.UTF_8));
            SyntheticArchives.entry(archive, "Shares.csv", SyntheticArchives.linkedInShares(ACCOUNT));
        });

        AccountHistory history = read(zip, "Basic_LinkedInDataExport.zip");

        assertThat(history.format()).isEqualTo(ArchiveFormat.LINKEDIN);
        assertThat(history.posts()).hasSize(2);
    }

    @Test
    void skipsASharesRowWithAnUnreadableDate() throws Exception {
        String csv = "Date,ShareLink,ShareCommentary,SharedUrl,MediaUrl,Visibility\n"
                + "hier,https://l/1,Bonjour,,,PUBLIC\n2024-03-05 09:12:44,https://l/2,Bonsoir,,,PUBLIC\n";

        AccountHistory history = read(csv.getBytes(StandardCharsets.UTF_8), "Shares.csv");

        assertThat(history.posts()).extracting(ArchivedPost::text).containsExactly("Bonsoir");
        assertThat(history.skipped()).extracting(fr.ricochet.rules.Localized::en)
                .containsExactly("1 post of Shares.csv had no readable date and was left out.");
    }
}
