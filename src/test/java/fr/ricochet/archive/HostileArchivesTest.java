package fr.ricochet.archive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Archives built to hurt: each is refused with a message, quickly, and without reading what it would expand to. */
class HostileArchivesTest {

    private static final long GIGABYTE = 1L << 30;

    /** {@code size} bytes of {@code fill} deflated into one entry, written a megabyte at a time. */
    private static byte[] bomb(String entry, String prefix, byte fill, long size) {
        return SyntheticArchives.zip(zip -> {
            zip.putNextEntry(new ZipEntry(entry));
            zip.write(prefix.getBytes(StandardCharsets.UTF_8));
            byte[] chunk = new byte[1 << 20];
            Arrays.fill(chunk, fill);
            for (long written = 0; written < size; written += chunk.length) {
                zip.write(chunk);
            }
            zip.closeEntry();
        });
    }

    private static AccountHistory read(byte[] archive, String name) throws IOException, ArchiveException {
        return read(archive, name, ArchiveLimits.DEFAULT);
    }

    private static AccountHistory read(byte[] archive, String name, ArchiveLimits limits)
            throws IOException, ArchiveException {
        return new ArchiveReader(limits).read(new ByteArrayInputStream(archive), name);
    }

    @Test
    @Timeout(value = 120, unit = TimeUnit.SECONDS)
    void refusesAGigabyteOfZerosAfterInflatingAFewMegabytes() {
        byte[] bomb = bomb("data/tweets_media/video.mp4", "", (byte) 0, GIGABYTE);
        assertThat(bomb.length).as("the bomb itself is small").isLessThan(2_000_000);

        assertThatThrownBy(() -> read(bomb, "twitter.zip"))
                .isInstanceOfSatisfying(ArchiveException.class, refusal -> {
                    assertThat(refusal.tooLarge()).isTrue();
                    assertThat(refusal.problem().en()).isEqualTo("The entry data/tweets_media/video.mp4 of twitter.zip"
                            + " expands to more than 200 times its compressed size, which no network's export does"
                            + " (a \"zip bomb\"): the archive is refused.");
                    assertThat(refusal.problem().fr()).contains("«\u00a0bombe zip\u00a0»");
                });
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void refusesATweetsFileOfEndlessBlanksTheParserWouldReadForever() {
        byte[] bomb = bomb("data/tweets.js", "window.YTD.tweets.part0 = [", (byte) ' ', 200L << 20);

        assertThatThrownBy(() -> read(bomb, "twitter.zip"))
                .isInstanceOfSatisfying(ArchiveException.class, refusal -> assertThat(refusal.problem().en())
                        .startsWith("The entry data/tweets.js of twitter.zip expands to more than 200 times"));
    }

    @Test
    void refusesEntriesThatExpandBeyondTheArchiveBudget() {
        Random random = new Random(7);
        byte[] archive = SyntheticArchives.zip(zip -> {
            for (int i = 0; i < 3; i++) {
                byte[] noise = new byte[600_000];
                random.nextBytes(noise);
                SyntheticArchives.entry(zip, "data/noise" + i + ".bin", noise);
            }
        });
        ArchiveLimits limits = new ArchiveLimits(100_000_000, 1_000_000, 100, 200, 1_000);

        assertThatThrownBy(() -> read(archive, "a.zip", limits))
                .isInstanceOfSatisfying(ArchiveException.class, refusal -> {
                    assertThat(refusal.tooLarge()).isTrue();
                    assertThat(refusal.problem().en())
                            .isEqualTo("The entries of a.zip expand to more than 1 MB, the limit accepted.");
                });
    }

    @Test
    void refusesAnArchiveOverTheByteLimit() {
        byte[] csv = ("text,createdAt\n" + "bonjour,2024-03-05T09:00:00Z\n".repeat(200)).getBytes(StandardCharsets.UTF_8);
        ArchiveLimits limits = new ArchiveLimits(1_000, 10_000, 100, 200, 1_000);

        assertThatThrownBy(() -> read(csv, "posts.csv", limits))
                .isInstanceOfSatisfying(ArchiveException.class, refusal -> {
                    assertThat(refusal.tooLarge()).isTrue();
                    assertThat(refusal.problem().en()).isEqualTo("posts.csv is over 1000 bytes, the largest size"
                            + " accepted. Send the archive without its media, or only its files of posts.");
                    assertThat(refusal.problem().fr()).startsWith("Le fichier posts.csv dépasse 1000\u00a0octets,");
                });
    }

    @Test
    void stopsReadingAtTheByteLimitInsideACsvAndInsideAZip() {
        byte[] csv = ("text,createdAt\n" + "bonjour,2024-03-05T09:00:00Z\n".repeat(20_000))
                .getBytes(StandardCharsets.UTF_8);
        byte[] zip = SyntheticArchives.xArchive(PlantedAccounts.large(5_000));
        ArchiveLimits limits = new ArchiveLimits(100_000, 100_000_000, 100, 200, 100_000);

        assertThatThrownBy(() -> read(csv, "posts.csv", limits))
                .isInstanceOfSatisfying(ArchiveException.class, refusal -> assertThat(refusal.problem().en())
                        .startsWith("posts.csv is over 100000 bytes, the largest size accepted."));
        assertThat(zip.length).isGreaterThan(100_000);
        assertThatThrownBy(() -> read(zip, "twitter.zip", limits))
                .isInstanceOfSatisfying(ArchiveException.class, refusal -> assertThat(refusal.problem().en())
                        .startsWith("twitter.zip is over 100000 bytes, the largest size accepted."));
    }

    @Test
    void refusesTooManyEntries() {
        byte[] archive = SyntheticArchives.zip(zip -> {
            for (int i = 0; i < 6; i++) {
                SyntheticArchives.entry(zip, "f" + i + ".txt", new byte[] {1});
            }
        });

        assertThatThrownBy(() -> read(archive, "a.zip", new ArchiveLimits(1_000_000, 1_000_000, 5, 200, 10)))
                .isInstanceOfSatisfying(ArchiveException.class, refusal -> assertThat(refusal.problem().en())
                        .isEqualTo("a.zip holds more than 5 entries, the limit accepted."));
    }

    @Test
    void refusesMorePostsThanTheLimitSayingTheLimit() {
        List<SyntheticPost> posts = new ArrayList<>();
        for (int i = 0; i < 11; i++) {
            posts.add(new SyntheticPost(Instant.parse("2024-01-01T00:00:00Z").plusSeconds(i * 60L), "post " + i,
                    PostType.ORIGINAL, false, null, 1, 0, null, null));
        }
        SyntheticAccount account = new SyntheticAccount("a", posts, List.of(), List.of());
        ArchiveLimits limits = new ArchiveLimits(10_000_000, 10_000_000, 100, 200, 10);

        assertThatThrownBy(() -> read(SyntheticArchives.xArchive(account), "twitter.zip", limits))
                .isInstanceOfSatisfying(ArchiveException.class, refusal -> {
                    assertThat(refusal.tooLarge()).isTrue();
                    assertThat(refusal.problem().en()).isEqualTo("twitter.zip holds more than 10 posts, the limit an"
                            + " audit accepts. Send a shorter export (one period, one part of the archive).");
                });
        assertThatThrownBy(() -> read(SyntheticArchives.neutralJsonl(account), "posts.jsonl", limits))
                .isInstanceOfSatisfying(ArchiveException.class, refusal -> assertThat(refusal.problem().fr())
                        .startsWith("Le fichier posts.jsonl contient plus de 10 publications"));
    }

    @Test
    void acceptsExactlyThePostLimit() throws Exception {
        SyntheticAccount account = PlantedAccounts.iftttBot();
        ArchiveLimits limits = new ArchiveLimits(10_000_000, 100_000_000, 100, 200, 600);

        assertThat(read(SyntheticArchives.xArchive(account), "bot.zip", limits).posts()).hasSize(600);
    }

    @Test
    void refusesEntryNamesThatClimbOutOrStartAtTheRoot() {
        for (String name : List.of("../../etc/passwd", "data/../../x.js", "/etc/cron.d/x", "data\\tweets.js",
                "C:/Windows/x")) {
            byte[] archive = SyntheticArchives.zip(zip -> SyntheticArchives.entry(zip, name, new byte[] {1}));

            assertThatThrownBy(() -> read(archive, "a.zip"))
                    .isInstanceOfSatisfying(ArchiveException.class, refusal -> assertThat(refusal.problem().en())
                            .isEqualTo("a.zip holds an entry with an unsafe name (\"" + name + "\": an absolute path,"
                                    + " \"..\" or a backslash), which no network's export holds: the archive is refused."));
        }
    }

    @Test
    void doesNotOpenAZipInsideTheZip() {
        byte[] inner = SyntheticArchives.xArchive(PlantedAccounts.iftttBot());
        byte[] outer = SyntheticArchives.zip(zip -> SyntheticArchives.entry(zip, "twitter.zip", inner));

        assertThatThrownBy(() -> read(outer, "outer.zip"))
                .isInstanceOfSatisfying(ArchiveException.class, refusal -> assertThat(refusal.problem().en())
                        .startsWith("outer.zip holds no known file of posts"));
    }

    @Test
    void aZipCutInsideItsFirstHeaderIsDamagedAndAnEmptyZipHoldsNoPosts() throws Exception {
        byte[] archive = SyntheticArchives.xArchive(PlantedAccounts.cleanHuman());
        assertThatThrownBy(() -> read(Arrays.copyOf(archive, 20), "twitter.zip"))
                .isInstanceOfSatisfying(ArchiveException.class, refusal -> assertThat(refusal.problem().en())
                        .startsWith("The zip archive twitter.zip is damaged or incomplete"));
        java.io.ByteArrayOutputStream empty = new java.io.ByteArrayOutputStream();
        new java.util.zip.ZipOutputStream(empty).close();
        assertThatThrownBy(() -> read(empty.toByteArray(), "vide.zip"))
                .isInstanceOfSatisfying(ArchiveException.class, refusal -> assertThat(refusal.problem().en())
                        .startsWith("vide.zip holds no known file of posts"));
    }

    @Test
    void refusesATruncatedZip() {
        byte[] archive = SyntheticArchives.xArchive(PlantedAccounts.cleanHuman());
        byte[] cut = Arrays.copyOf(archive, archive.length / 2);

        assertThatThrownBy(() -> read(cut, "twitter.zip"))
                .isInstanceOfSatisfying(ArchiveException.class, refusal -> {
                    assertThat(refusal.tooLarge()).isFalse();
                    assertThat(refusal.problem().en()).isEqualTo("The zip archive twitter.zip is damaged or incomplete"
                            + " (cut short while downloading?). Download it again from the network.");
                    assertThat(refusal.problem().fr()).contains("téléchargement\u202f?");
                });
    }

    @Test
    void refusesAFileOfNoKnownFormatAndAnEmptyOne() {
        byte[] binary = {0x7f, 'E', 'L', 'F', 2, 1, 1, 0, 0, 0};

        assertThatThrownBy(() -> read(binary, "photo.jpg"))
                .isInstanceOfSatisfying(ArchiveException.class, refusal -> assertThat(refusal.problem().en())
                        .startsWith("The format of photo.jpg is not recognised. Ricochet reads an X or Mastodon archive"));
        assertThatThrownBy(() -> read(new byte[0], "vide.zip"))
                .isInstanceOfSatisfying(ArchiveException.class, refusal -> assertThat(refusal.problem().fr())
                        .startsWith("Le fichier vide.zip est vide."));
    }

    @Test
    void refusesAZipOfNoKnownExport() {
        byte[] archive = SyntheticArchives.zip(zip -> SyntheticArchives.entry(zip, "notes.txt", new byte[] {'a'}));

        assertThatThrownBy(() -> read(archive, "notes.zip"))
                .isInstanceOfSatisfying(ArchiveException.class, refusal -> assertThat(refusal.problem().fr())
                        .isEqualTo("L'archive notes.zip ne contient aucun fichier de publications connu\u00a0: une"
                                + " archive X contient data/tweets.js, une archive Mastodon outbox.json, un export"
                                + " LinkedIn Shares.csv. Reçu\u00a0: une archive zip sans aucun d'eux."));
    }

    @Test
    void aFileNamedAsAZipThatIsNoneIsToldSoNotReadAsATable() throws Exception {
        byte[] errorPage = "<!DOCTYPE html><html><body>Rate limit exceeded</body></html>".getBytes(
                java.nio.charset.StandardCharsets.UTF_8);

        assertThatThrownBy(() -> read(errorPage, "twitter-2026-12-01.zip"))
                .isInstanceOfSatisfying(ArchiveException.class, refusal -> {
                    assertThat(refusal.problem().en()).startsWith("twitter-2026-12-01.zip is named as a zip archive "
                            + "but is none");
                    assertThat(refusal.problem().fr()).startsWith("Le fichier twitter-2026-12-01.zip porte le nom "
                            + "d'une archive zip, mais n'en est pas une");
                });
        byte[] csv = "text,createdAt\nBonjour,2025-03-01T10:00:00Z\n".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(read(csv, "export.csv").posts()).hasSize(1);
    }
}
