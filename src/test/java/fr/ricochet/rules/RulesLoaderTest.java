package fr.ricochet.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import fr.ricochet.check.CheckCompiler;
import fr.ricochet.value.NetworkId;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A broken rules directory stops start-up with a message naming the file, the field and the problem. */
class RulesLoaderTest {

    @TempDir
    Path directory;

    private Path copyOfProjectRules() throws IOException {
        fr.ricochet.testing.ProjectRules.copyTo(directory);
        return directory;
    }

    private void edit(String file, String from, String to) throws IOException {
        Path path = directory.resolve(file);
        String text = Files.readString(path);
        assertThat(text).contains(from);
        Files.writeString(path, text.replace(from, to));
    }

    private RulesException failure() {
        return catchThrowableOfType(RulesException.class, () -> CheckCompiler.compile(RulesLoader.load(directory)));
    }

    @Test
    void theProjectRulesAreValid() {
        RuleBook book = RulesLoader.load(Path.of("rules"));
        assertThat(CheckCompiler.compile(book)).hasSize(book.tips().size());
        // in their files' order, which the page, the API's allowed values and the help follow
        assertThat(book.networkIds()).extracting(NetworkId::value).containsExactly("x", "mastodon", "bluesky", "threads", "linkedin",
                "facebook", "instagram");
    }

    @Test
    void networksComeInTheirOrderThoseWithoutOneLastByIdAndABadOrderIsNamed() throws IOException {
        copyOfProjectRules();
        edit("networks/x.yaml", "order: 1", "order: 9");
        edit("networks/facebook.yaml", "order: 6\n", "");
        assertThat(RulesLoader.load(directory).networkIds()).extracting(NetworkId::value).containsExactly("mastodon", "bluesky", "threads",
                "linkedin", "instagram", "x", "facebook");
        edit("networks/x.yaml", "order: 9", "order: 0");
        assertThat(failure().problems()).singleElement().satisfies(p -> {
            assertThat(p.file().getFileName().toString()).isEqualTo("x.yaml");
            assertThat(p.field()).isEqualTo("order");
        });
    }

    /** Tips name networks by id: a broken network file named otherwise must not make every tip naming it fail. */
    @Test
    void aBrokenNetworkIsOneProblemEvenWhenItsFileIsNamedOtherwise() throws IOException {
        copyOfProjectRules();
        Files.move(directory.resolve("networks/x.yaml"), directory.resolve("networks/twitter.yaml"));
        edit("networks/twitter.yaml", "limit: 280", "limit: -1");
        RulesException e = failure();
        assertThat(e.problems()).singleElement().satisfies(p -> {
            assertThat(p.file().getFileName().toString()).isEqualTo("twitter.yaml");
            assertThat(p.field()).isEqualTo("limit");
        });
    }

    @Test
    void anUnknownKeyIsNamedWithTheKeysAllowed() throws IOException {
        copyOfProjectRules();
        edit("tips/hashtags.yaml", "weight: 12", "weight: 12\nwieght: 3");
        RulesException e = failure();
        assertThat(e.problems()).singleElement().satisfies(p -> {
            assertThat(p.file().getFileName().toString()).isEqualTo("hashtags.yaml");
            assertThat(p.field()).isEqualTo("wieght");
            assertThat(p.message()).contains("unknown key").contains("weight");
        });
    }

    @Test
    void aWrongTypeIsNamed() throws IOException {
        copyOfProjectRules();
        edit("networks/x.yaml", "limit: 280", "limit: beaucoup");
        assertThat(failure().problems()).singleElement().satisfies(p -> {
            assertThat(p.field()).isEqualTo("limit");
            assertThat(p.message()).contains("whole number");
        });
    }

    @Test
    void threadsIsTrueOrFalseAndAbsentMeansNoThreads() throws IOException {
        RuleBook book = RulesLoader.load(Path.of("rules"));
        assertThat(book.networks().values()).filteredOn(NetworkProfile::threads).extracting(n -> n.id().value())
                .containsExactlyInAnyOrder("x", "mastodon", "bluesky", "threads");
        copyOfProjectRules();
        edit("networks/x.yaml", "threads: true", "threads: maybe");
        edit("networks/mastodon.yaml", "threads: true", "threads: 1");
        edit("networks/facebook.yaml", "threads: false ", "");
        RulesException e = catchThrowableOfType(RulesException.class, () -> RulesLoader.load(directory));
        assertThat(e.problems()).extracting(p -> p.file().getFileName() + " " + p.field())
                .containsExactlyInAnyOrder("x.yaml threads", "mastodon.yaml threads");
        assertThat(e.problems()).allSatisfy(p -> assertThat(p.message()).contains("true or false"));
    }

    @Test
    void aMissingMessageIsNamedWithTheMessagesTheKindNeeds() throws IOException {
        copyOfProjectRules();
        edit("tips/hashtags.yaml", "  drop-tag:\n", "  drop-tags:\n");
        RulesException e = failure();
        assertThat(e.problems()).extracting(RulesException.Problem::field)
                .containsExactlyInAnyOrder("messages.drop-tag", "messages.drop-tags");
        assertThat(e.getMessage()).contains("missing message").contains("unknown message");
    }

    @Test
    void aPlaceholderTheKindNeverFillsOrABrokenPatternIsNamed() throws IOException {
        copyOfProjectRules();
        edit("tips/mentions.yaml", "{count} mentions :", "{cuont} mentions :");
        edit("tips/emoji.yaml", "{max, plural, one {# suffit}", "{max, plural, one {# suffit");
        RulesException e = failure();
        assertThat(e.problems()).extracting(p -> p.field() + ": " + p.message()).anySatisfy(line -> assertThat(line)
                .startsWith("messages.too-many.fr: names {cuont}, which kind 'mentions' never fills")
                .contains("{count}"));
        assertThat(e.problems()).extracting(RulesException.Problem::field).contains("messages.too-many.fr");
        assertThat(e.getMessage()).contains("emoji.yaml: messages.too-many.fr: not a valid message pattern");
    }

    @Test
    void aKindOfPostOrACapThatIsNotDefinedIsNamed() throws IOException {
        copyOfProjectRules();
        edit("tips/call-to-action.yaml", "postKinds: [promotion,", "postKinds: [advert, promotion,");
        edit("tips/length.yaml", "refuses: [over-limit, over-bytes]", "refuses: [over-limit, over-bytes, too-long]");
        RulesException e = failure();
        assertThat(e.getMessage()).contains("call-to-action.yaml: postKinds[0]: unknown kind of post 'advert'")
                .contains("length.yaml: refuses[2]: 'too-long' must also be in caps");
    }

    @Test
    void aMessageMissingOneLanguageIsRefused() throws IOException {
        copyOfProjectRules();
        edit("tips/quote.yaml", "    en: \"No quotation", "    de: \"No quotation");
        assertThat(failure().problems()).singleElement().satisfies(p -> {
            assertThat(p.field()).isEqualTo("messages.missing.de");
            assertThat(p.message()).contains("unknown key 'de'").contains("en, fr");
        });
    }

    @Test
    void anUnknownNetworkIsNamedWithTheKnownOnes() throws IOException {
        copyOfProjectRules();
        edit("tips/timing.yaml", "    networks: [linkedin]", "    networks: [myspace]");
        assertThat(failure().problems()).singleElement().satisfies(p -> {
            assertThat(p.field()).startsWith("examples[3].networks");
            assertThat(p.message()).contains("myspace").contains("linkedin");
        });
    }

    @Test
    void anUnknownKindOrCountingMethodOrSettingIsNamed() throws IOException {
        copyOfProjectRules();
        edit("tips/verbs.yaml", "kind: verbs", "kind: adverbs");
        edit("tips/emoji.yaml", "  floor: 0.3", "  floor: 0.3\n  ceiling: 1");
        edit("tips/link.yaml", "  positionScore: 0.9\n", "");
        RulesException e = failure();
        assertThat(e.problems()).extracting(p -> p.file().getFileName() + " " + p.field()).containsExactlyInAnyOrder(
                "verbs.yaml kind", "emoji.yaml settings.ceiling", "link.yaml settings.positionScore");
        assertThat(e.getMessage()).contains("unknown kind 'adverbs'").contains("known:");
    }

    @Test
    void aBadRegularExpressionIsNamed() throws IOException {
        copyOfProjectRules();
        edit("tips/numbers.yaml", "{match: '\\d'}", "{match: '(\\d'}");
        assertThat(failure().problems()).singleElement().satisfies(p ->
                assertThat(p.message()).contains("patterns.any[0].match").contains("regular expression"));
    }

    @Test
    void aWindowWithAnUnknownDayOrBackwardsHoursIsNamed() throws IOException {
        copyOfProjectRules();
        edit("networks/linkedin.yaml", "days: [tue, wed], from: \"10:00\", to: \"12:00\", source: \"Sprout Social, 2023\"}\n  b2b",
                "days: [mardi], from: \"10:00\", to: \"12:00\", source: \"Sprout Social, 2023\"}\n  b2b");
        edit("networks/x.yaml", "from: \"13:00\", to: \"15:00\", source: \"Bitly, 2012\"}\n  b2b",
                "from: \"15:00\", to: \"13:00\", source: \"Bitly, 2012\"}\n  b2b");
        assertThat(RulesLoaderTest.this.failureOfLoad().problems()).extracting(RulesException.Problem::field)
                .containsExactlyInAnyOrder("windows.general[0].days", "windows.general[1]");
    }

    @Test
    void aMissingFolderOrEmptyDirectoryIsExplained() {
        RulesException e = catchThrowableOfType(RulesException.class, () -> RulesLoader.load(directory.resolve("none")));
        assertThat(e.getMessage()).contains("is not a directory");
        e = catchThrowableOfType(RulesException.class, () -> RulesLoader.load(directory));
        assertThat(e.getMessage()).contains("networks").contains("folder is missing");
    }

    private RulesException failureOfLoad() {
        return catchThrowableOfType(RulesException.class, () -> RulesLoader.load(directory));
    }
}
