package fr.ricochet.archive;

import static fr.ricochet.archive.XArchiveReaderTest.read;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.ricochet.request.MediaType;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class NeutralJsonlReaderTest {

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void readsTheImageLoverBackWithItsLikesAndAltTexts() throws Exception {
        SyntheticAccount lover = PlantedAccounts.imageLover();

        AccountHistory history = read(SyntheticArchives.neutralJsonl(lover), "lover.jsonl");

        assertThat(history.format()).isEqualTo(ArchiveFormat.JSONL);
        assertThat(history.posts()).hasSize(800);
        SyntheticPost firstImage = lover.posts().stream().filter(SyntheticPost::image).findFirst().orElseThrow();
        ArchivedPost read = history.posts().stream().filter(p -> p.createdAt().equals(firstImage.at())).findFirst()
                .orElseThrow();
        assertThat(read.media()).containsExactly(new ArchivedMedia(MediaType.IMAGE, firstImage.alt()));
        assertThat(read.engagement()).isEqualTo(new Engagement(firstImage.likes(), firstImage.reposts(), null, null));
    }

    @Test
    void readsNumbersAsNumbersOrStringsAndMediaAsAList() throws Exception {
        String jsonl = "\n{\"text\": \"a #b\", \"createdAt\": \"2024-03-05T09:00:00Z\", \"likes\": \"4\", \"replies\": 2,"
                + " \"media\": [\"image:Un chat\", \"gif\"], \"network\": \"bluesky\"}\n\n";

        AccountHistory history = read(utf8(jsonl), "posts.jsonl");

        ArchivedPost post = history.posts().get(0);
        assertThat(history.network().value()).isEqualTo("bluesky");
        assertThat(post.hashtags()).containsExactly("b");
        assertThat(post.engagement()).isEqualTo(new Engagement(4L, null, 2L, null));
        assertThat(post.media()).containsExactly(new ArchivedMedia(MediaType.IMAGE, "Un chat"),
                new ArchivedMedia(MediaType.GIF, null));
    }

    @Test
    void refusesALineThatIsNotAnObject() {
        String jsonl = "{\"text\": \"a\", \"createdAt\": \"2024-03-05T09:00:00Z\"}\n[1, 2]\n";

        assertThatThrownBy(() -> read(utf8(jsonl), "posts.jsonl"))
                .isInstanceOfSatisfying(ArchiveException.class, refusal -> {
                    assertThat(refusal.problem().en()).isEqualTo("Line 2 of posts.jsonl: it is not a JSON object; each"
                            + " line of a JSONL file is one post, for instance {\"text\": \"…\", \"createdAt\":"
                            + " \"2024-03-05T09:12:44Z\"}.");
                    assertThat(refusal.problem().fr()).startsWith("Ligne 2 du fichier posts.jsonl\u00a0: ce n'est pas"
                            + " un objet JSON\u00a0;");
                });
    }

    @Test
    void refusesBrokenJsonOnALine() {
        assertThatThrownBy(() -> read(utf8("{\"text\": \"a\", \"createdAt\": \n"), "posts.jsonl"))
                .isInstanceOfSatisfying(ArchiveException.class, refusal -> assertThat(refusal.problem().en())
                        .startsWith("Line 1 of posts.jsonl: it is not a JSON object;"));
    }

    @Test
    void refusesALineWithoutText() {
        assertThatThrownBy(() -> read(utf8("{\"createdAt\": \"2024-03-05T09:00:00Z\"}\n"), "posts.jsonl"))
                .isInstanceOfSatisfying(ArchiveException.class, refusal -> assertThat(refusal.problem().en())
                        .isEqualTo("Line 1 of posts.jsonl: the object has no text field, the post's text."));
    }

    @Test
    void skipsALineWithABadDate() throws Exception {
        AccountHistory history = read(utf8("{\"text\": \"a\", \"createdAt\": \"2024-13-45T09:00:00Z\"}\n"
                + "{\"text\": \"b\", \"createdAt\": \"2024-03-05T09:00:00.123Z\"}\n"), "posts.jsonl");

        assertThat(history.posts()).extracting(ArchivedPost::text).containsExactly("b");
        assertThat(history.skipped()).hasSize(1);
    }
}
