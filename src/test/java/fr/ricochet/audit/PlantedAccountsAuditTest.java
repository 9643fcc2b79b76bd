package fr.ricochet.audit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import fr.ricochet.TestEngine;
import fr.ricochet.archive.AccountHistory;
import fr.ricochet.archive.ArchiveLimits;
import fr.ricochet.archive.ArchiveReader;
import fr.ricochet.archive.PlantedAccounts;
import fr.ricochet.archive.SyntheticAccount;
import fr.ricochet.archive.SyntheticArchives;
import fr.ricochet.report.ReportJson;
import java.io.ByteArrayInputStream;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The whole audit as a user meets it: a planted account written as a real X archive, read back by the archive
 * reader, every original post through the engine, signals, verdict and calibration. Each account plants one
 * thing; what is not planted must come out clean.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PlantedAccountsAuditTest {

    private static final AuditOptions PARIS = AuditOptions.defaults().in(ZoneId.of("Europe/Paris"), "fr");
    private final Auditor auditor = Auditor.create(TestEngine.ADVISOR);
    private AuditReport bot;
    private AuditReport farm;
    private AuditReport images;
    private AuditReport human;

    @BeforeAll
    void auditThePlantedAccounts() throws Exception {
        bot = audit(PlantedAccounts.iftttBot());
        farm = audit(PlantedAccounts.followBackFarm());
        images = audit(PlantedAccounts.imageLover());
        human = audit(PlantedAccounts.cleanHuman());
    }

    private AuditReport audit(SyntheticAccount account) throws Exception {
        byte[] zip = SyntheticArchives.xArchive(account);
        AccountHistory history = new ArchiveReader(ArchiveLimits.DEFAULT)
                .read(new ByteArrayInputStream(zip), "twitter-archive.zip");
        return auditor.audit(history, PARIS);
    }

    private static Map<String, Signal> signals(AuditReport report) {
        return report.signals().stream().collect(Collectors.toMap(Signal::id, Function.identity()));
    }

    @Test
    void theHourlyIftttTemplateReadsAsARobotForEachOfItsReasons() {
        Map<String, Signal> signals = signals(bot);
        assertThat(bot.verdict().value()).isEqualTo(VerdictValue.ROBOT);
        assertThat(List.of("monotony", "near-duplicates", "regular-intervals", "automation-source"))
                .allSatisfy(id -> assertThat(signals.get(id).flagged()).as(id).isTrue());
        assertThat(signals.get("automation-source").examples()).isNotEmpty();
        assertThat(bot.verdict().reasons()).isNotEmpty();
        assertThat(bot.posts().original()).isEqualTo(600);
        assertThat(bot.posts().analysed()).isEqualTo(600);
    }

    @Test
    void followingBackNearlyEveryFollowerIsFlaggedAndExplained() {
        Signal followBack = signals(farm).get("follow-back");
        assertThat(followBack.flagged()).isTrue();
        assertThat(followBack.value()).isGreaterThan(0.9);
        assertThat(signals(farm).get("automation-source").flagged()).isFalse();
    }

    @Test
    void imagePostsWithTwiceTheLikesShowAnEffectWhoseIntervalExcludesOneAndOnlyThat() {
        assertThat(images.calibration().available()).isTrue();
        Effect image = images.calibration().effects().stream().filter(e -> e.feature().equals("image"))
                .findFirst().orElseThrow();
        assertThat(image.low()).isGreaterThan(1);
        assertThat(image.ratio()).isBetween(1.5, 2.7);
        assertThat(image.study()).isNotNull();
        assertThat(images.calibration().effects()).filteredOn(e -> List.of("mention", "link", "question")
                .contains(e.feature())).isNotEmpty()
                .allSatisfy(e -> assertThat(e.low()).as(e.feature()).isLessThanOrEqualTo(1))
                .allSatisfy(e -> assertThat(e.high()).as(e.feature()).isGreaterThanOrEqualTo(1));
        assertThat(images.calibration().profile()).isNotNull();
        assertThat(images.calibration().profile().effects()).anyMatch(e -> e.feature().equals("image")
                && e.significant());
    }

    @Test
    void aVariedPersonIsNotAccused() {
        assertThat(human.verdict().value()).isEqualTo(VerdictValue.HUMAN);
        assertThat(human.signals()).filteredOn(Signal::flagged).isEmpty();
        assertThat(human.verdict().reasons()).isNotEmpty();
    }

    @Test
    void theJsonCarriesTheDocumentedContract() throws Exception {
        JsonNode json = ReportJson.mapper().readTree(AuditJson.write(bot));
        assertThat(json.fieldNames()).toIterable().containsExactly("account", "posts", "verdict", "signals",
                "scores", "findings", "calibration", "postingHours");
        assertThat(json.at("/verdict/value").asText()).isEqualTo("robot");
        assertThat(json.get("signals")).extracting(s -> s.get("id").asText()).containsExactly("monotony",
                "near-duplicates", "regular-intervals", "automation-source", "link-only", "hashtag-stuffing",
                "night-posting", "replies", "mention-diversity", "follow-back");
        JsonNode effect = ReportJson.mapper().readTree(AuditJson.write(images)).at("/calibration/effects/0");
        assertThat(effect.fieldNames()).toIterable().containsExactly("feature", "group", "ratio", "low", "high",
                "n", "nOthers", "study");
    }
}
