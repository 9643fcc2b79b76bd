package fr.ricochet.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.ricochet.engine.Advisor;
import fr.ricochet.engine.BatchItem;
import fr.ricochet.report.ReportJson;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

/**
 * JSON Lines in, JSON Lines out, in order. A bad line gets an error object in its place and the next
 * lines go on; blank lines are skipped. Only an unreadable input stops the run.
 */
final class BatchRunner {

    private final Advisor advisor;
    private final boolean grammar;
    private final ObjectMapper mapper = ReportJson.mapper();

    /** @param grammar whether lines that do not say are checked for spelling and grammar */
    BatchRunner(Advisor advisor, boolean grammar) {
        this.advisor = advisor;
        this.grammar = grammar;
    }

    void run(InputStream input, PrintWriter out) throws IOException {
        BufferedReader reader = new BufferedReader(new InputStreamReader(input, StandardCharsets.UTF_8));
        int number = 0;
        for (String line = reader.readLine(); line != null; line = reader.readLine()) {
            number++;
            if (!line.isBlank()) {
                out.println(mapper.writeValueAsString(answer(line, number)));
            }
        }
        out.flush();
    }

    private JsonNode answer(String line, int number) {
        JsonNode json;
        try {
            json = mapper.readTree(line);
        } catch (JsonProcessingException e) {
            return BatchItem.error(null, "line", number, 400, "Malformed JSON", "line " + number
                    + " is not valid JSON: " + e.getOriginalMessage(), null);
        }
        return BatchItem.answer(advisor, json, "line", number, "en", grammar);
    }
}
