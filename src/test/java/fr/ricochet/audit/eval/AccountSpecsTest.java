package fr.ricochet.audit.eval;

import static org.assertj.core.api.Assertions.assertThat;

import fr.ricochet.archive.AccountHistory;
import fr.ricochet.archive.ArchivedPost;
import fr.ricochet.archive.PostType;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The account archetypes parse, their expectations are well formed, and the generator gives each the sizes its spec
 * says, the same history for the same seed. The audit's results on them are measured by {@link AuditEvaluation},
 * never asserted here.
 */
class AccountSpecsTest {

    private static final List<AccountSpec> SPECS = AccountSpecs.load();
    private static final Set<String> VERDICTS = Set.of("human", "partly-automated", "robot");

    @Test
    void everyFileIsAnArchetypeNamedAfterItsId() throws IOException {
        List<String> files;
        try (Stream<Path> list = Files.list(AccountSpecs.DIRECTORY)) {
            files = list.map(f -> f.getFileName().toString()).filter(f -> f.endsWith(".yaml")).sorted().toList();
        }
        assertThat(SPECS).hasSizeGreaterThanOrEqualTo(14).hasSameSizeAs(files);
        for (int i = 0; i < files.size(); i++) {
            assertThat(files.get(i)).endsWith("-" + SPECS.get(i).id() + ".yaml");
        }
        assertThat(SPECS.stream().map(AccountSpec::id).distinct()).hasSameSizeAs(SPECS);
    }

    @Test
    void expectationsNameKnownSignalsOnceEachWithTheirWhy() {
        for (AccountSpec spec : SPECS) {
            AccountSpec.Expectations expect = spec.expect();
            assertThat(expect.verdict()).as(spec.id()).isIn(VERDICTS);
            assertThat(expect.why()).as(spec.id()).isNotBlank();
            List<String> ids = new ArrayList<>(expect.flagged().keySet());
            ids.addAll(expect.notFlagged().keySet());
            ids.addAll(expect.undecided().keySet());
            assertThat(ids).as(spec.id() + ": signal ids").allMatch(AccountRun.SIGNALS::contains).doesNotHaveDuplicates();
            Stream.of(expect.flagged(), expect.notFlagged(), expect.undecided(), expect.effects(), expect.noEffect())
                    .flatMap(m -> m.values().stream())
                    .forEach(why -> assertThat(why).as(spec.id() + ": every expectation has its why").isNotBlank());
        }
    }

    @Test
    void expectedEffectsAreThosePlantedAndNoEffectsNoneThatWas() {
        for (AccountSpec spec : SPECS) {
            AccountSpec.Expectations expect = spec.expect();
            if (!expect.effects().isEmpty() || !expect.noEffect().isEmpty()) {
                assertThat(spec.engagement()).as(spec.id() + ": effects need engagement").isNotNull();
            }
            if (spec.engagement() == null) {
                continue;
            }
            assertThat(spec.engagement().effects().keySet()).as(spec.id())
                    .allMatch(EngagementFeatures.PLANTABLE::contains)
                    .containsExactlyInAnyOrderElementsOf(expect.effects().keySet());
            assertThat(spec.engagement().effects().values()).as(spec.id()).allMatch(ratio -> ratio != 1);
            assertThat(expect.noEffect().keySet()).as(spec.id())
                    .allMatch(EngagementFeatures.REPORTED::contains)
                    .noneMatch(spec.engagement().effects()::containsKey);
        }
    }

    @Test
    void theGeneratorGivesTheSizesTheSpecSays() {
        for (AccountSpec spec : SPECS) {
            AccountHistory history = AccountSpecs.generate(spec);
            AccountSpec.Counts counts = spec.posts();
            assertThat(count(history, PostType.ORIGINAL)).as(spec.id()).isEqualTo(counts.original());
            assertThat(count(history, PostType.REPLY)).as(spec.id()).isEqualTo(counts.replies());
            assertThat(count(history, PostType.REPOST)).as(spec.id()).isEqualTo(counts.reposts());
            assertThat(history.posts().stream().map(ArchivedPost::inReplyTo).filter(Objects::nonNull).distinct().count())
                    .as(spec.id() + ": people answered").isEqualTo(Math.min(counts.replies(), counts.people()));
            assertThat(history.posts().stream().map(ArchivedPost::id).distinct()).hasSize(history.posts().size());
            assertThat(history.posts()).as(spec.id() + ": oldest first")
                    .isSortedAccordingTo((a, b) -> a.createdAt().compareTo(b.createdAt()));
            assertThat(history.posts()).as(spec.id() + ": every slot filled")
                    .noneMatch(p -> p.text().matches("(?s).*\\{[a-zA-Z][a-zA-Z0-9]*}.*"));
            assertThat(history.hasEngagement()).as(spec.id()).isEqualTo(spec.engagement() != null
                    && List.of("x", "csv", "jsonl").contains(spec.format().id()));
            if (spec.follows() != null) {
                AccountSpec.FollowSpec follows = spec.follows();
                Set<String> following = new HashSet<>(history.follows().following());
                long mutual = history.follows().followers().stream().filter(following::contains).count();
                assertThat(history.follows().followers()).hasSize(follows.followersKnown() ? follows.followers() : 0);
                assertThat(history.follows().following()).hasSize(follows.followingKnown() ? follows.following() : 0);
                if (follows.followersKnown() && follows.followingKnown()) {
                    assertThat(mutual).as(spec.id()).isEqualTo(Math.round(follows.mutual() * follows.followers()));
                }
            }
        }
    }

    @Test
    void aSchedulersPostsLeaveOnItsMinutesAndDayHoursAreKept() {
        for (AccountSpec spec : SPECS) {
            List<ArchivedPost> originals = AccountSpecs.generate(spec).posts().stream()
                    .filter(p -> p.type() == PostType.ORIGINAL).toList();
            ZoneId own = ZoneId.of(spec.livesIn());
            if (spec.scheduler() != null) {
                assertThat(originals.stream().filter(p -> spec.scheduler().source().equals(p.source())))
                        .as(spec.id()).isNotEmpty()
                        .allMatch(p -> spec.scheduler().minutes().contains(p.createdAt().atZone(own).getMinute())
                                && p.createdAt().atZone(own).getSecond() == 0);
            }
            AccountSpec.Schedule schedule = spec.schedule();
            if (!schedule.roundTheClock()) {
                long inDay = originals.stream().map(p -> p.createdAt().atZone(own).getHour())
                        .filter(h -> h >= schedule.dayFrom() && h < schedule.dayTo()).count();
                assertThat((double) inDay / originals.size()).as(spec.id() + ": day hours on the poster's clock")
                        .isGreaterThanOrEqualTo(1 - schedule.nightShare() - 0.05);
            }
        }
    }

    @Test
    void theNightsOfAPosterInAnotherZoneAreNightsInTheAudiencesZone() {
        AccountSpec spec = SPECS.stream().filter(s -> s.id().equals("researcher-other-zone")).findFirst().orElseThrow();
        ZoneId audience = ZoneId.of(spec.timeZone());
        long nights = AccountSpecs.generate(spec).posts().stream()
                .map(p -> p.createdAt().atZone(audience).getHour()).filter(h -> h >= 23 || h < 6).count();
        assertThat(nights).isGreaterThan(spec.posts().original() / 5);
    }

    @Test
    void theSameSeedGivesTheSameHistoryAndAnotherSeedAnother() {
        for (AccountSpec spec : SPECS) {
            assertThat(AccountSpecs.generate(spec)).as(spec.id()).isEqualTo(AccountSpecs.generate(spec));
            assertThat(AccountSpecs.generate(reseeded(spec))).as(spec.id()).isNotEqualTo(AccountSpecs.generate(spec));
        }
    }

    @Test
    void aWeeklySeriesOnlyFallsOnItsDay() {
        AccountSpec spec = SPECS.stream().filter(s -> s.id().equals("weekly-series-bookshop")).findFirst().orElseThrow();
        ZoneId zone = ZoneId.of(spec.livesIn());
        List<ZonedDateTime> series = AccountSpecs.generate(spec).posts().stream()
                .filter(p -> p.type() == PostType.ORIGINAL && p.text().startsWith("#VendrediLecture"))
                .map(p -> p.createdAt().atZone(zone)).toList();
        assertThat(series).isNotEmpty().allMatch(at -> at.getDayOfWeek() == java.time.DayOfWeek.FRIDAY);
    }

    private static long count(AccountHistory history, PostType type) {
        return history.posts().stream().filter(p -> p.type() == type).count();
    }

    private static AccountSpec reseeded(AccountSpec s) {
        return new AccountSpec(s.id(), s.about(), s.network(), s.format(), s.handle(), s.timeZone(), s.livesIn(),
                s.seed() + 1, s.start(), s.posts(), s.schedule(), s.scheduler(), s.sources(), s.replySource(), s.texts(),
                s.hashtags(), s.links(), s.images(), s.follows(), s.engagement(), s.expect());
    }
}
