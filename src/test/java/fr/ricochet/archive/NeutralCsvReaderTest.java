package fr.ricochet.archive;

import static fr.ricochet.archive.XArchiveReaderTest.read;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.ricochet.request.MediaType;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class NeutralCsvReaderTest {

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void readsTheColumnsInAnyOrderWithEmptyNumbersAndSeveralMedia() throws Exception {
        String csv = "\ufeffmedia,Likes,createdAt,text,impressions,network\n"
                + "image:Une affiche|video,12,2024-03-05T09:12:44Z,\"Concert #jazz, venez !\",,mastodon\n"
                + ",,2024-03-04 08:00:00,@alice bonjour https://ex.fr,1500,mastodon\n";

        AccountHistory history = read(utf8(csv), "posts.txt");

        assertThat(history.format()).isEqualTo(ArchiveFormat.CSV);
        assertThat(history.network().value()).isEqualTo("mastodon");
        ArchivedPost first = history.posts().get(0);
        assertThat(first.createdAt()).isEqualTo(Instant.parse("2024-03-04T08:00:00Z"));
        assertThat(first.mentions()).containsExactly("alice");
        assertThat(first.urls()).containsExactly("https://ex.fr");
        assertThat(first.engagement()).isEqualTo(new Engagement(null, null, null, 1500L));
        ArchivedPost second = history.posts().get(1);
        assertThat(second.text()).isEqualTo("Concert #jazz, venez !");
        assertThat(second.hashtags()).containsExactly("jazz");
        assertThat(second.media()).containsExactly(new ArchivedMedia(MediaType.IMAGE, "Une affiche"),
                new ArchivedMedia(MediaType.VIDEO, null));
        assertThat(second.engagement().likes()).isEqualTo(12L);
        assertThat(second.id()).isEqualTo("2");
    }

    @Test
    void readsTheSyntheticAccountBackWithTypesAndLikes() throws Exception {
        SyntheticAccount human = PlantedAccounts.cleanHuman();

        AccountHistory history = read(SyntheticArchives.neutralCsv(human), "human.csv");

        assertThat(history.network().value()).isEqualTo("x");
        assertThat(history.posts()).hasSize(human.posts().size());
        assertThat(history.posts()).extracting(ArchivedPost::text)
                .containsExactlyElementsOf(human.posts().stream().map(SyntheticPost::text).toList());
        assertThat(history.posts()).extracting(post -> post.engagement().likes())
                .containsExactlyElementsOf(human.posts().stream().map(SyntheticPost::likes).toList());
        assertThat(history.posts().stream().filter(p -> p.type() == PostType.REPLY).count())
                .isEqualTo(human.posts().stream().filter(p -> p.type() == PostType.REPLY).count());
    }

    @Test
    void refusesACsvWithoutTextNamingTheColumnsItHas() {
        assertThatThrownBy(() -> read(utf8("message,date\nbonjour,2024-03-05\n"), "export.csv"))
                .isInstanceOfSatisfying(ArchiveException.class, refusal -> {
                    assertThat(refusal.file()).isEqualTo("export.csv");
                    assertThat(refusal.problem().en()).isEqualTo("The CSV file export.csv has no text, createdAt column"
                            + " (its header: message, date): a neutral CSV has at least the columns text and createdAt"
                            + " (and, as you wish, likes, reposts, replies, impressions, media, network); LinkedIn's"
                            + " Shares.csv starts with Date,ShareLink,ShareCommentary.");
                    assertThat(refusal.problem().fr()).startsWith("Le fichier CSV export.csv n'a pas de colonne text,"
                            + " createdAt (son en-tête\u00a0: message, date)\u00a0:");
                });
    }

    @Test
    void refusesANumberThatIsNotOneSayingWhere() {
        assertThatThrownBy(() -> read(utf8("text,createdAt,likes\na,2024-03-05T09:00:00Z,3\nb,2024-03-05T10:00:00Z,"
                + "beaucoup\n"), "export.csv"))
                .isInstanceOfSatisfying(ArchiveException.class, refusal -> assertThat(refusal.problem().en())
                        .isEqualTo("Line 3 of export.csv: likes \"beaucoup\" is not a whole number of zero or more"
                                + " (leave it empty when unknown)."));
    }

    @Test
    void refusesAnUnknownMedium() {
        assertThatThrownBy(() -> read(utf8("text,createdAt,media\na,2024-03-05T09:00:00Z,photo\n"), "export.csv"))
                .isInstanceOfSatisfying(ArchiveException.class, refusal -> assertThat(refusal.problem().en())
                        .isEqualTo("Line 2 of export.csv: media \"photo\" is neither image, video nor gif (for instance"
                                + " \"image:alternative text|video\")."));
    }

    @Test
    void skipsAndCountsRowsWithABadDate() throws Exception {
        AccountHistory history = read(utf8("text,createdAt\na,05/03/2024\nb,\nc,2024-03-05T09:00:00+01:00\n"), "e.csv");

        assertThat(history.posts()).extracting(ArchivedPost::text).containsExactly("c");
        assertThat(history.posts().get(0).createdAt()).isEqualTo(Instant.parse("2024-03-05T08:00:00Z"));
        assertThat(history.skipped()).extracting(fr.ricochet.rules.Localized::en)
                .containsExactly("2 posts of e.csv had no readable date and were left out.");
    }

    @Test
    void refusesACsvWithAnUnclosedQuote() {
        assertThatThrownBy(() -> read(utf8("text,createdAt\n\"a,2024-03-05T09:00:00Z\n"), "e.csv"))
                .isInstanceOfSatisfying(ArchiveException.class, refusal -> assertThat(refusal.problem().en())
                        .isEqualTo("The CSV file e.csv cannot be read (unclosed quotes?): every value holding a comma,"
                                + " a quote or a line break must be quoted."));
    }
}
