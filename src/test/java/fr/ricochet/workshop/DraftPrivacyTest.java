package fr.ricochet.workshop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import fr.ricochet.engine.Advisor;
import fr.ricochet.engine.RulesLocation;
import fr.ricochet.report.ReportJson;
import fr.ricochet.rules.RulesLoader;
import fr.ricochet.workshop.store.DatabaseConfig;
import fr.ricochet.workshop.store.JdbcWorkshopStore;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Drafts are private: whatever happens to a submission, its text never reaches the console or the logs. */
class DraftPrivacyTest {

    private static final String SECRET = "Projet confidentiel Zébulon-7731 annoncé lundi";

    @TempDir
    Path directory;

    @Test
    void aDraftsTextIsNeverWrittenToTheConsole() {
        PrintStream out = System.out;
        PrintStream err = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        PrintStream capture = new PrintStream(captured, true, StandardCharsets.UTF_8);
        System.setOut(capture);
        System.setErr(capture);
        try (JdbcWorkshopStore store = JdbcWorkshopStore.open(DatabaseConfig.embedded(directory))) {
            WorkshopService service = new WorkshopService(store,
                    Advisor.create(RulesLoader.load(RulesLocation.resolve(null))));
            ObjectNode workshop = ReportJson.mapper().createObjectNode().put("title", "Atelier");
            workshop.putArray("networks").add("x");
            CreatedWorkshop created = service.create(workshop);
            Joined lea = service.join(created.workshop().joinCode(), "Léa");
            ObjectNode draft = ReportJson.mapper().createObjectNode().put("text", SECRET);

            service.submit(lea.participantToken(), draft);
            // Under an idempotency key too: the first answer, its replay, and the key on another draft.
            Optional<IdempotentRequest> key = Optional.of(IdempotentRequest.of(new IdempotencyKey("k-1"), "lea",
                    draft.toString().getBytes(StandardCharsets.UTF_8)));
            Function<SubmissionResult, Answer> answer = r -> new Answer(201, Map.of(), r.submission().text());
            service.submit(lea.participantToken(), draft, key, answer);
            service.submit(lea.participantToken(), draft, key, answer);
            Optional<IdempotentRequest> reused = Optional.of(IdempotentRequest.of(new IdempotencyKey("k-1"), "lea",
                    new byte[1]));
            assertThatThrownBy(() -> service.submit(lea.participantToken(), draft, reused, answer))
                    .isInstanceOf(IdempotencyConflict.class).hasMessageNotContaining(SECRET);
            service.dashboard(created.trainerToken());
            service.close(created.trainerToken());
            assertThatThrownBy(() -> service.submit(lea.participantToken(), draft))
                    .isInstanceOf(WorkshopException.class).hasMessageNotContaining(SECRET);
            draft.put("colour", "red");
            assertThatThrownBy(() -> service.submit(lea.participantToken(), draft)).hasMessageNotContaining(SECRET);
        } finally {
            System.setOut(out);
            System.setErr(err);
        }
        assertThat(captured.toString(StandardCharsets.UTF_8)).doesNotContain("Zébulon").doesNotContain("7731")
                .contains("ricochet-store");
    }
}
