package fr.ricochet.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import fr.ricochet.report.ReportJson;
import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** check --batch keeps its error objects now that they are built by engine.BatchItem, shared with the API. */
class BatchRunnerTest {

    @Test
    void badLinesGetAnErrorObjectInTheirPlaceAndTheOthersGoOn() throws Exception {
        String input = "{\"text\": \"Venez nombreux jeudi à la médiathèque !\", \"id\": 1}\n"
                + "{not json\n\n{\"id\": \"b\", \"text\": 3}\n";
        StringWriter out = new StringWriter();
        int code = Main.execute(new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)),
                new PrintWriter(out), new PrintWriter(new StringWriter()), "check", "--batch", "-");
        assertThat(code).isZero();
        String[] lines = out.toString().split("\n");
        assertThat(lines).hasSize(3);
        assertThat(ReportJson.mapper().readTree(lines[0]).get("score").isInt()).isTrue();
        JsonNode malformed = ReportJson.mapper().readTree(lines[1]);
        assertThat(malformed.get("line").asInt()).isEqualTo(2);
        assertThat(malformed.get("error").get("title").asText()).isEqualTo("Malformed JSON");
        JsonNode invalid = ReportJson.mapper().readTree(lines[2]);
        assertThat(invalid.get("id").asText()).isEqualTo("b");
        assertThat(invalid.get("line").asInt()).isEqualTo(4);
        assertThat(invalid.get("error").get("status").asInt()).isEqualTo(400);
        assertThat(invalid.get("error").get("errors").get(0).get("field").asText()).isEqualTo("text");
    }

    @Test
    void aLineWithTwoValuesOrAKeyGivenTwiceIsMalformedRatherThanHalfRead() throws Exception {
        String input = "{\"text\": \"Venez jeudi\"}{\"text\": \"et vendredi\"}\n{\"text\": \"a\", \"text\": \"b\"}\n"
                + "{\"text\": \"Venez jeudi\"} xyz\n";
        StringWriter out = new StringWriter();
        Main.execute(new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)), new PrintWriter(out),
                new PrintWriter(new StringWriter()), "check", "--batch", "-");
        String[] lines = out.toString().split("\n");
        assertThat(lines).hasSize(3);
        for (String line : lines) {
            assertThat(ReportJson.mapper().readTree(line).at("/error/title").asText()).as(line)
                    .isEqualTo("Malformed JSON");
        }
        assertThat(ReportJson.mapper().readTree(lines[1]).at("/error/detail").asText()).contains("'text'");
    }
}
