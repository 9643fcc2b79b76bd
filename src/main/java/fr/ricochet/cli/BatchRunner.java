package fr.ricochet.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fr.ricochet.engine.Advisor;
import fr.ricochet.report.ReportJson;
import fr.ricochet.request.FieldError;
import fr.ricochet.request.InvalidRequestException;
import fr.ricochet.request.RequestReader;
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
    private final ObjectMapper mapper = ReportJson.mapper();

    BatchRunner(Advisor advisor) {
        this.advisor = advisor;
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
            return error(null, number, "Malformed JSON", "line " + number + " is not valid JSON: "
                    + e.getOriginalMessage(), null);
        }
        try {
            return mapper.valueToTree(advisor.analyze(advisor.reader().read(json)));
        } catch (InvalidRequestException e) {
            ArrayNode errors = mapper.createArrayNode();
            for (FieldError fieldError : e.errors()) {
                errors.addObject().put("field", fieldError.field()).put("message", fieldError.en());
            }
            return error(RequestReader.idOf(json), number, "Invalid request", e.getMessage(), errors);
        }
    }

    private ObjectNode error(JsonNode id, int line, String title, String detail, ArrayNode errors) {
        ObjectNode answer = mapper.createObjectNode();
        if (id != null) {
            answer.set("id", id);
        }
        answer.put("line", line);
        ObjectNode error = answer.putObject("error").put("status", 400).put("title", title).put("detail", detail);
        if (errors != null) {
            error.set("errors", errors);
        }
        return answer;
    }
}
