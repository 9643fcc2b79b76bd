package fr.ricochet.archive;

import static fr.ricochet.archive.XArchiveReaderTest.read;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.ricochet.request.MediaType;
import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BlueskyCarReaderTest {

    private static final Instant AT = Instant.parse("2024-03-05T09:12:44Z");
    private static final SyntheticAccount ACCOUNT = new SyntheticAccount("musee.bsky.social", List.of(
            new SyntheticPost(AT, "Nouvelle expo #patrimoine avec @alice.bsky.social : https://musee.fr/expo é",
                    PostType.ORIGINAL, true, "Une salle d'exposition", 0, 0, null, null),
            new SyntheticPost(AT.plusSeconds(60), "Merci !", PostType.REPLY, false, null, 0, 0, null, "bob.bsky.social"),
            new SyntheticPost(AT.plusSeconds(120), "", PostType.REPOST, false, null, 0, 0, null, null)),
            List.of(), List.of("carol.bsky.social", "dan.bsky.social"));

    @Test
    void readsPostsRepliesRepostsAndFollowsFromARealCarFile() throws Exception {
        AccountHistory history = read(SyntheticArchives.blueskyCar(ACCOUNT), "repo.car");

        assertThat(history.format()).isEqualTo(ArchiveFormat.BLUESKY);
        assertThat(history.network().value()).isEqualTo("bluesky");
        assertThat(history.handle()).isEqualTo("did:plc:museebskysocial");
        assertThat(history.posts()).extracting(ArchivedPost::type)
                .containsExactly(PostType.ORIGINAL, PostType.REPLY, PostType.REPOST);
        ArchivedPost post = history.posts().get(0);
        assertThat(post.text()).isEqualTo("Nouvelle expo #patrimoine avec @alice.bsky.social : https://musee.fr/expo é");
        assertThat(post.hashtags()).containsExactly("patrimoine");
        assertThat(post.mentions()).containsExactly("alice.bsky.social");
        assertThat(post.urls()).containsExactly("https://musee.fr/expo");
        assertThat(post.media()).containsExactly(new ArchivedMedia(MediaType.IMAGE, "Une salle d'exposition"));
        assertThat(post.id()).startsWith("bafyrei");
        assertThat(post.engagement().known()).isFalse();
        assertThat(history.posts().get(1).inReplyTo()).isEqualTo("did:plc:bobbskysocial");
        assertThat(history.follows().following()).containsExactly("did:plc:carolbskysocial", "did:plc:danbskysocial");
        assertThat(history.follows().followersKnown()).isFalse();
    }

    @Test
    void theCidsAreTheSha256OfTheirBlocks() throws Exception {
        byte[] data = BlueskyCarWriter.encode(Map.of("a", 1L));
        byte[] cid = BlueskyCarWriter.cid(0x71, data);

        assertThat(Cid.read(cid).codec()).isEqualTo(0x71);
        assertThat(Arrays.copyOfRange(cid, 4, 36))
                .isEqualTo(java.security.MessageDigest.getInstance("SHA-256").digest(data));
        assertThat(Cid.read(cid).text()).startsWith("bafyrei");
    }

    @Test
    void refusesACarWhoseHeaderIsNotVersion1() {
        Map<String, Object> header = new LinkedHashMap<>();
        header.put("roots", List.of());
        header.put("version", 2L);
        byte[] bytes = BlueskyCarWriter.encode(header);
        ByteArrayOutputStream car = new ByteArrayOutputStream();
        BlueskyCarWriter.varint(car, bytes.length);
        car.writeBytes(bytes);

        assertThatThrownBy(() -> read(car.toByteArray(), "repo.car"))
                .isInstanceOfSatisfying(ArchiveException.class, refusal -> {
                    assertThat(refusal.problem().en()).isEqualTo("repo.car does not have the header of a CAR v1 file"
                            + " as Bluesky's export writes it (a length, then a DAG-CBOR map with version 1 and roots):"
                            + " its version is 2 (only version 1 is read).");
                    assertThat(refusal.problem().fr()).endsWith("\u00a0: sa version est 2 (seule la version 1 est lue).");
                });
    }

    @Test
    void refusesACarWithABlockCutShort() {
        byte[] car = SyntheticArchives.blueskyCar(ACCOUNT);
        byte[] cut = Arrays.copyOf(car, car.length - 10);

        assertThatThrownBy(() -> read(cut, "repo.car"))
                .isInstanceOfSatisfying(ArchiveException.class, refusal -> assertThat(refusal.problem().en())
                        .matches("The CAR file repo\\.car is damaged at the block starting at byte \\d+: it is cut short"
                                + " \\(\\d+ bytes of \\d+\\)\\. Export your data again from Bluesky\\."));
    }

    @Test
    void refusesACarWithAnUnreadableCid() {
        byte[] header = SyntheticArchives.blueskyCar(new SyntheticAccount("a", List.of(), List.of(), List.of()));
        int headerLength = header[0] + 1;
        ByteArrayOutputStream car = new ByteArrayOutputStream();
        car.write(header, 0, headerLength);
        car.writeBytes(new byte[] {4, 7, 7, 7, 7});

        assertThatThrownBy(() -> read(car.toByteArray(), "repo.car"))
                .isInstanceOfSatisfying(ArchiveException.class, refusal -> assertThat(refusal.problem().en())
                        .isEqualTo("The CAR file repo.car is damaged at the block starting at byte " + headerLength
                                + ": its identifier (CID) is unreadable. Export your data again from Bluesky."));
    }
}
