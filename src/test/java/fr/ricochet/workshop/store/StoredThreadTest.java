package fr.ricochet.workshop.store;

import static fr.ricochet.testing.Ids.ids;
import static org.assertj.core.api.Assertions.assertThat;

import fr.ricochet.check.Finding;
import fr.ricochet.check.Replacement;
import fr.ricochet.check.Severity;
import fr.ricochet.check.Suggestion;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A submission over the limit carries a suggested thread: the stored findings read back with it. */
class StoredThreadTest {

    @Test
    void findingsWithAThreadReadBackWhole() {
        Finding finding = new Finding("length", "over-limit", Severity.ERROR, "Trop long", 3, 7, ids("x"), List.of(
                new Suggestion("Couper", new Replacement(3, 7, "…"), false),
                new Suggestion("Publier en fil", null, false).withThread(List.of("Un. 1/2", "Deux. 2/2"))), 12.5);
        List<Finding> read = JsonColumns.findings(JsonColumns.findings(List.of(finding)));
        assertThat(read).containsExactly(finding);
        assertThat(JsonColumns.findings(List.of(finding))).contains("\"thread\":[\"Un. 1/2\",\"Deux. 2/2\"]")
                .containsOnlyOnce("thread");
    }
}
