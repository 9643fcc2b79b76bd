package fr.ricochet.audit;

import static org.assertj.core.api.Assertions.assertThat;

import fr.ricochet.archive.AccountHistory;
import fr.ricochet.archive.ArchivedPost;
import fr.ricochet.archive.Engagement;
import fr.ricochet.archive.Follows;
import fr.ricochet.archive.PostType;
import fr.ricochet.engine.RulesLocation;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class RobotSignalsTest {

    private static final AuditRules RULES = AuditRules.load(RulesLocation.resolve(null));
    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final RobotSignals SIGNALS = new RobotSignals(RULES);
    private static final Verdicts VERDICTS = new Verdicts(RULES);

    private static Map<String, Signal> measure(AccountHistory history, String language) {
        List<Signal> signals = SIGNALS.measure(history, PARIS, language);
        assertThat(signals).extracting(Signal::id).containsExactlyElementsOf(RobotSignals.IDS);
        return signals.stream().collect(Collectors.toMap(Signal::id, Function.identity()));
    }

    @Test
    void theHourlyTemplateFromIftttReadsAsARobot() {
        AccountHistory bot = SyntheticAccounts.hourlyBot(500, 1);
        Map<String, Signal> signals = measure(bot, "fr");
        assertThat(signals.get("monotony").flagged()).isTrue();
        assertThat(signals.get("monotony").value()).isEqualTo(1.0);
        assertThat(signals.get("monotony").message())
                .startsWith("100\u00A0% des messages commencent par les mêmes trois mots\u00A0: «\u00A0Nouvelle décision de\u00A0»");
        assertThat(signals.get("near-duplicates").flagged()).isTrue();
        assertThat(signals.get("near-duplicates").value()).isGreaterThan(0.95);
        assertThat(signals.get("regular-intervals").flagged()).isTrue();
        assertThat(signals.get("regular-intervals").value()).isLessThan(0.1);
        assertThat(signals.get("regular-intervals").message()).contains("écart médian de 60 minutes");
        assertThat(signals.get("automation-source").flagged()).isTrue();
        assertThat(signals.get("automation-source").message()).contains("(IFTTT)");
        assertThat(signals.get("night-posting").flagged()).isTrue();
        assertThat(signals.get("replies").flagged()).isTrue();
        assertThat(signals.get("follow-back").value()).isNull();
        assertThat(signals.get("mention-diversity").value()).isNull();
        signals.values().forEach(s -> assertThat(s.examples()).hasSizeLessThanOrEqualTo(5));
        assertThat(signals.get("monotony").examples()).hasSize(5);

        Verdict verdict = VERDICTS.judge(List.copyOf(signals.values()), "fr");
        assertThat(verdict.value()).isEqualTo(VerdictValue.ROBOT);
        assertThat(verdict.reasons().get(0)).startsWith("Le compte se lit comme un robot");
        Verdict english = VERDICTS.judge(SIGNALS.measure(bot, PARIS, "en"), "en");
        assertThat(english.value()).isEqualTo(VerdictValue.ROBOT);
        assertThat(english.reasons()).anyMatch(r -> r.startsWith(
                "100% of the posts open with the same three words: \"Nouvelle décision de\""));
    }

    @Test
    void followingBackNearlyEveryFollowerIsFlaggedWithTheReciprocityTactic() {
        List<String> followers = IntStream.range(0, 200).mapToObj(i -> "f" + i).toList();
        List<String> following = new ArrayList<>(followers.subList(0, 190));
        following.add("someone-else");
        AccountHistory human = SyntheticAccounts.variedHuman(300, 2);
        AccountHistory farmer = new AccountHistory(human.format(), human.network(), human.handle(), human.posts(),
                new Follows(followers, following, true, true), List.of());
        Signal followBack = measure(farmer, "en").get("follow-back");
        assertThat(followBack.flagged()).isTrue();
        assertThat(followBack.value()).isEqualTo(0.95);
        assertThat(followBack.message()).contains("95%").contains("200 followers").contains("reciprocity tactic");
        assertThat(measure(farmer, "fr").get("follow-back").message()).contains("95\u00A0%")
                .contains("tactique de la réciprocité");
    }

    /** 95 % followed back, as many followed as following, at a scale beyond acquaintances: strong on its own. */
    @Test
    void aFollowBackFarmAtScaleReadsAsPartlyAutomatedButAFriendsCircleDoesNot() {
        AccountHistory human = SyntheticAccounts.variedHuman(300, 2);
        for (int size : List.of(2_000, 200)) {
            List<String> followers = IntStream.range(0, size).mapToObj(i -> "f" + i).toList();
            List<String> following = new ArrayList<>(followers.subList(0, size * 95 / 100));
            following.add("someone-else");
            AccountHistory account = new AccountHistory(human.format(), human.network(), human.handle(),
                    human.posts(), new Follows(followers, following, true, true), List.of());
            Map<String, Signal> signals = measure(account, "en");
            assertThat(signals.get("follow-back").flagged()).isTrue();
            Verdict verdict = VERDICTS.judge(List.copyOf(signals.values()), "en");
            if (size == 2_000) {
                assertThat(signals.get("follow-back").weight()).isEqualTo(Signal.Weight.STRONG);
                assertThat(verdict.value()).isEqualTo(VerdictValue.PARTLY_AUTOMATED);
                assertThat(verdict.reasons().get(0)).contains("one strong signal (Mutual follows)");
            } else {
                assertThat(signals.get("follow-back").weight()).isNull();
                assertThat(verdict.value()).isEqualTo(VerdictValue.HUMAN);
            }
        }
    }

    /** Paris waking hours read in Tokyo: the nights there are Paris afternoons, and Tokyo's mornings a silence. */
    @Test
    void nightPostsOfAnAccountSilentAtOtherHoursSuggestItsZoneAndAreNotCountedButARoundTheClockBotsAre() {
        Map<String, Signal> person = SIGNALS.measure(SyntheticAccounts.variedHuman(600, 3), ZoneId.of("Asia/Tokyo"), "fr")
                .stream().collect(Collectors.toMap(Signal::id, Function.identity()));
        Signal night = person.get("night-posting");
        assertThat(night.flagged()).isTrue();
        assertThat(night.weight()).isEqualTo(Signal.Weight.ASIDE);
        assertThat(night.message()).contains("se tait de").contains("(Asia/Tokyo)").contains("--tz")
                .contains("champ du fuseau horaire");
        Verdict verdict = VERDICTS.judge(List.copyOf(person.values()), "fr");
        assertThat(verdict.value()).isEqualTo(VerdictValue.HUMAN);
        assertThat(verdict.reasons().get(0)).startsWith("Aucun signal d'automatisation ne dépasse son seuil (Publications la nuit");

        Signal bot = measure(SyntheticAccounts.hourlyBot(500, 1), "en").get("night-posting");
        assertThat(bot.flagged()).isTrue();
        assertThat(bot.weight()).isNull();
        assertThat(bot.message()).doesNotContain("--tz");
    }

    @Test
    void aVariedPersonIsNotAccused() {
        AccountHistory human = SyntheticAccounts.variedHuman(600, 3);
        Map<String, Signal> signals = measure(human, "fr");
        List<String> flagged = signals.values().stream().filter(Signal::flagged).map(Signal::id).toList();
        assertThat(flagged).hasSizeLessThanOrEqualTo(1);
        assertThat(flagged).allMatch(RULES.verdict().weak()::contains);
        signals.values().forEach(s -> assertThat(s.value()).as(s.id()).isNotNull());
        Verdict verdict = VERDICTS.judge(List.copyOf(signals.values()), "fr");
        assertThat(verdict.value()).isEqualTo(VerdictValue.HUMAN);
        assertThat(verdict.reasons().get(0)).contains("le compte se lit comme celui d\u2019une personne".replace('\u2019', '\''));
    }

    @Test
    void withNoPostNothingIsMeasuredAndTheVerdictSaysSo() {
        AccountHistory empty = SyntheticAccounts.history(List.of(), null);
        Map<String, Signal> signals = measure(empty, "fr");
        signals.values().forEach(s -> {
            assertThat(s.value()).as(s.id()).isNull();
            assertThat(s.flagged()).isFalse();
        });
        assertThat(signals.get("monotony").message())
                .isEqualTo("Débuts répétés\u00A0: aucun message\u202F; il en faut au moins 20 pour mesurer ce signal.");
        Verdict verdict = VERDICTS.judge(List.copyOf(signals.values()), "en");
        assertThat(verdict.value()).isEqualTo(VerdictValue.HUMAN);
        assertThat(verdict.reasons()).containsExactly(
                "Too few posts to measure any signal: nothing points to a robot, but nothing rules one out.");
    }

    @Test
    void oneIftttPostIsTooFewToSayAnything() {
        AccountHistory one = SyntheticAccounts.hourlyBot(1, 4);
        Map<String, Signal> signals = measure(one, "en");
        assertThat(signals.values()).noneMatch(Signal::flagged);
        assertThat(signals.get("automation-source").message())
                .isEqualTo("Automation tools: only 1 post; at least 20 are needed to measure this signal.");
    }

    @Test
    void postsAllAtOneInstantHaveNoGapsToMeasure() {
        AccountHistory human = SyntheticAccounts.variedHuman(40, 5);
        Instant instant = Instant.parse("2025-03-04T10:15:00Z");
        AccountHistory frozen = SyntheticAccounts.history(human.posts().stream().map(p -> at(p, instant)).toList(), null);
        Signal regular = measure(frozen, "fr").get("regular-intervals");
        assertThat(regular.value()).isNull();
        assertThat(regular.flagged()).isFalse();
        assertThat(regular.message()).startsWith("Tous les messages portent la même date");
    }

    @Test
    void datesWithoutTimesAreNotReadAsAFixedMinuteOrAsNight() {
        AccountHistory human = SyntheticAccounts.variedHuman(60, 6);
        List<ArchivedPost> dated = new ArrayList<>();
        for (int i = 0; i < human.posts().size(); i++) {
            dated.add(at(human.posts().get(i), Instant.parse("2025-01-01T00:00:00Z").plus(Duration.ofDays(i * 3L % 17 + i))));
        }
        Map<String, Signal> signals = measure(SyntheticAccounts.history(dated, null), "en");
        assertThat(signals.get("night-posting").value()).isNull();
        assertThat(signals.get("night-posting").message()).contains("only the posts' dates");
        assertThat(signals.get("regular-intervals").message()).doesNotContain("minute of the hour");
    }

    @Test
    void schedulingToolsAreCountedApartFromAutomation() {
        List<ArchivedPost> posts = SyntheticAccounts.variedHuman(100, 7).posts().stream()
                .map(p -> withSource(p, "<a href=\"https://buffer.com\" rel=\"nofollow\">Buffer</a>")).toList();
        Signal source = measure(SyntheticAccounts.history(posts, null), "en").get("automation-source");
        assertThat(source.flagged()).isFalse();
        assertThat(source.value()).isEqualTo(0.0);
        assertThat(source.message()).contains("100% come from scheduling tools (Buffer)");
    }

    @Test
    void anAutomationAppNamedByItsSiteIsRecognised() {
        List<ArchivedPost> posts = SyntheticAccounts.variedHuman(100, 7).posts().stream()
                .map(p -> withSource(p, "Zapier.com")).toList();
        Signal source = measure(SyntheticAccounts.history(posts, null), "en").get("automation-source");
        assertThat(source.flagged()).isTrue();
        assertThat(source.message()).contains("(Zapier)");
    }

    @Test
    void aQuotedPostIsCutTo280Characters() {
        String longText = "Nouvelle décision de justice " + "très longue ".repeat(60);
        List<ArchivedPost> posts = IntStream.range(0, 30).mapToObj(i -> SyntheticAccounts.post(String.valueOf(i),
                SyntheticAccounts.START.plus(Duration.ofHours(i)), longText, PostType.ORIGINAL, null, null, List.of(),
                List.of(), Engagement.NONE)).toList();
        Signal monotony = measure(SyntheticAccounts.history(posts, null), "fr").get("monotony");
        assertThat(monotony.examples()).isNotEmpty().allSatisfy(e -> {
            assertThat(e.text().codePointCount(0, e.text().length())).isEqualTo(280);
            assertThat(e.text()).endsWith("…");
        });
    }

    private static ArchivedPost at(ArchivedPost p, Instant instant) {
        return new ArchivedPost(p.id(), instant, p.text(), p.type(), p.media(), p.hashtags(), p.mentions(), p.urls(),
                p.source(), p.inReplyTo(), p.engagement());
    }

    private static ArchivedPost withSource(ArchivedPost p, String source) {
        return new ArchivedPost(p.id(), p.createdAt(), p.text(), p.type(), p.media(), p.hashtags(), p.mentions(),
                p.urls(), source, p.inReplyTo(), p.engagement());
    }
}
