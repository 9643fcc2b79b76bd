package fr.ricochet.audit.eval;

import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import fr.ricochet.archive.AccountHistory;
import fr.ricochet.archive.ArchivedPost;
import fr.ricochet.archive.Follows;
import fr.ricochet.value.NetworkId;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

/**
 * The account archetypes of {@code src/test/resources/eval/accounts}, and the seeded generator that turns one into
 * the {@link AccountHistory} an importer would have read: the same spec always gives the same history.
 */
public final class AccountSpecs {

    public static final Path DIRECTORY = Path.of("src/test/resources/eval/accounts");
    private static final ObjectMapper YAML = YAMLMapper.builder()
            .enable(MapperFeature.ACCEPT_CASE_INSENSITIVE_ENUMS)
            .addModule(new JavaTimeModule())
            .build();

    private AccountSpecs() {
    }

    /** Every spec of the folder, in file-name order. */
    public static List<AccountSpec> load() {
        try (Stream<Path> files = Files.list(DIRECTORY)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".yaml")).sorted()
                    .map(AccountSpecs::read).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static AccountSpec read(Path file) {
        try {
            return YAML.readValue(file.toFile(), AccountSpec.class);
        } catch (IOException e) {
            throw new IllegalStateException(file + " is not a valid account spec: " + e.getMessage(), e);
        }
    }

    public static AccountHistory generate(AccountSpec spec) {
        // One generator per stream, so that adding replies to a spec does not move its originals.
        PostClock clock = new PostClock(spec, new Random(spec.seed()));
        PostWriter writer = new PostWriter(spec, new Random(spec.seed() * 31 + 1));
        Random people = new Random(spec.seed() * 31 + 2);
        List<ArchivedPost> posts = new ArrayList<>();
        List<PostClock.Sending> originals = clock.originals();
        for (int i = 0; i < originals.size(); i++) {
            double progress = originals.size() == 1 ? 0 : (double) i / (originals.size() - 1);
            posts.add(writer.original(originals.get(i), progress));
        }
        List<ZonedDateTime> replies = clock.around(originals, spec.posts().replies());
        for (int i = 0; i < replies.size(); i++) {
            posts.add(writer.reply(replies.get(i), person(people, i, spec.posts().people())));
        }
        List<ZonedDateTime> reposts = clock.around(originals, spec.posts().reposts());
        for (int i = 0; i < reposts.size(); i++) {
            posts.add(writer.repost(reposts.get(i), person(people, i, spec.posts().repostedPeople())));
        }
        posts.sort(Comparator.comparing(ArchivedPost::createdAt));
        List<ArchivedPost> numbered = new ArrayList<>(posts.size());
        for (int i = 0; i < posts.size(); i++) {
            numbered.add(PostWriter.withId(posts.get(i), String.valueOf(1_500_000_000_000L + i)));
        }
        return new AccountHistory(spec.format(), NetworkId.of(spec.network()), spec.handle(), numbered,
                follows(spec.follows()), List.of());
    }

    /**
     * The {@code index}th person answered or shared among {@code count}: each of them once first, so that the
     * account talks with as many people as its spec says, then the first ones more often, as a few regulars get
     * most of any account's conversation.
     */
    private static String person(Random random, int index, int count) {
        if (count <= 0) {
            throw new IllegalStateException("replies or reposts need a number of people");
        }
        if (index < count) {
            return Handles.of(index);
        }
        double u = random.nextDouble();
        return Handles.of((int) (count * u * u));
    }

    static Follows follows(AccountSpec.FollowSpec spec) {
        if (spec == null) {
            return null;
        }
        int mutual = (int) Math.round(spec.mutual() * spec.followers());
        if (mutual > spec.following()) {
            throw new IllegalStateException("more mutual follows than accounts followed");
        }
        List<String> followers = new ArrayList<>();
        for (int i = 0; i < spec.followers(); i++) {
            followers.add("f" + i);
        }
        List<String> following = new ArrayList<>(followers.subList(0, mutual));
        for (int i = mutual; i < spec.following(); i++) {
            following.add("g" + i);
        }
        return new Follows(spec.followersKnown() ? followers : List.of(), spec.followingKnown() ? following : List.of(),
                spec.followersKnown(), spec.followingKnown());
    }
}
