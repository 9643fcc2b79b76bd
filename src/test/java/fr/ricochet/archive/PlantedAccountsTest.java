package fr.ricochet.archive;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneId;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

/** The planted accounts hold what they promise, read back through a real X archive. */
class PlantedAccountsTest {

    @Test
    void theBotPostsOneTemplateHourlyFromIfttt() throws Exception {
        AccountHistory bot = XArchiveReaderTest.read(SyntheticArchives.xArchive(PlantedAccounts.iftttBot()), "bot.zip");

        assertThat(bot.posts()).hasSize(600).allSatisfy(post -> assertThat(post.type()).isEqualTo(PostType.ORIGINAL));
        for (int i = 1; i < bot.posts().size(); i++) {
            assertThat(bot.posts().get(i).createdAt()).isEqualTo(bot.posts().get(i - 1).createdAt().plusSeconds(3600));
        }
        assertThat(bot.posts().stream().map(ArchivedPost::text).distinct().count()).as("varied titles").isEqualTo(600);
        assertThat(bot.follows().following()).hasSizeLessThan(20);
    }

    @Test
    void theFarmFollowsBack95PercentAndFollowsTwiceAsMany() {
        SyntheticAccount farm = PlantedAccounts.followBackFarm();

        assertThat(mutualShareOfFollowers(farm)).isBetween(0.93, 0.97);
        assertThat((double) farm.following().size() / farm.followers().size()).isBetween(1.9, 2.1);
    }

    @Test
    void imagePostsOfTheImageLoverGetAboutTwiceTheLikes() {
        List<SyntheticPost> posts = PlantedAccounts.imageLover().posts();

        double withImage = medianLikes(posts, SyntheticPost::image);
        double without = medianLikes(posts, post -> !post.image());
        assertThat(posts).hasSize(800);
        assertThat(withImage / without).isBetween(1.6, 2.5);
    }

    @Test
    void theCleanHumanRepliesToManyPeopleInTheDaytimeWithVariedOpenings() {
        SyntheticAccount human = PlantedAccounts.cleanHuman();

        List<SyntheticPost> replies = human.posts().stream().filter(p -> p.type() == PostType.REPLY).toList();
        assertThat((double) replies.size() / human.posts().size()).isBetween(0.25, 0.35);
        assertThat(replies.stream().map(SyntheticPost::inReplyTo).distinct().count()).isGreaterThan(60);
        assertThat(human.posts()).allSatisfy(post ->
                assertThat(post.at().atZone(ZoneId.of("Europe/Paris")).getHour()).isBetween(8, 22));
        assertThat(human.posts().stream().filter(p -> p.type() == PostType.ORIGINAL)
                .map(p -> p.text().split(" ")[0]).distinct().count()).isGreaterThan(15);
        assertThat(mutualShareOfFollowers(human)).isBetween(0.25, 0.35);
    }

    @Test
    void theLargeAccountHasTheAskedNumberOfPosts() {
        assertThat(PlantedAccounts.large(2_000).posts()).hasSize(2_000);
    }

    private static double mutualShareOfFollowers(SyntheticAccount account) {
        Set<String> following = new HashSet<>(account.following());
        return (double) account.followers().stream().filter(following::contains).count() / account.followers().size();
    }

    private static double medianLikes(List<SyntheticPost> posts, Predicate<SyntheticPost> group) {
        double[] likes = posts.stream().filter(group).mapToDouble(SyntheticPost::likes).sorted().toArray();
        return likes[likes.length / 2];
    }
}
