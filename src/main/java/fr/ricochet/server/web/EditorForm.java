package fr.ricochet.server.web;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * What the editor form holds, as the person typed it, so a submitted page shows the draft kept. Turned into
 * the API's request JSON so the form and the API are validated by the same reader.
 */
public record EditorForm(String text, List<String> networks, String language, List<MediaRow> media, String date,
        String time, String timeZone, String audience, String kind, String profile) {

    /** One media row; the type is empty for the blank row offered without JavaScript. */
    public record MediaRow(String type, String alt) {
    }

    public static EditorForm empty() {
        return new EditorForm("", List.of("x"), "auto", List.of(), "", "", "Europe/Paris", "general", "auto", "");
    }

    /** The form with a calibration profile's id, as a link from the audit page gives it ({@code /?profile=ID}). */
    public EditorForm withProfile(String id) {
        return new EditorForm(text, networks, language, media, date, time, timeZone, audience, kind, value(id).strip());
    }

    public static EditorForm read(Context ctx) {
        List<String> types = ctx.formParams("mediaType");
        List<String> alts = ctx.formParams("mediaAlt");
        List<MediaRow> media = new ArrayList<>();
        for (int i = 0; i < types.size(); i++) {
            String type = types.get(i).strip();
            if (!type.isEmpty()) {
                media.add(new MediaRow(type, i < alts.size() ? alts.get(i) : ""));
            }
        }
        // Browsers send CRLF line ends from a text area; the API's offsets are about the text as typed.
        String text = value(ctx.formParam("text")).replace("\r\n", "\n");
        List<String> networks = ctx.formParams("networks");
        return new EditorForm(text, networks.isEmpty() ? List.of("x") : List.copyOf(networks),
                orDefault(ctx.formParam("language"), "auto"), media, value(ctx.formParam("date")).strip(),
                value(ctx.formParam("time")).strip(), orDefault(ctx.formParam("timeZone"), "Europe/Paris"),
                orDefault(ctx.formParam("audience"), "general"), orDefault(ctx.formParam("kind"), "auto"),
                value(ctx.formParam("profile")).strip());
    }

    public EditorForm withText(String newText) {
        return new EditorForm(newText, networks, language, media, date, time, timeZone, audience, kind, profile);
    }

    /** The request as POST /api/v1/analyze takes it. */
    public ObjectNode toRequest() {
        ObjectNode json = JsonNodeFactory.instance.objectNode();
        json.put("text", text);
        ArrayNode list = json.putArray("networks");
        networks.forEach(list::add);
        json.put("language", language);
        ArrayNode items = json.putArray("media");
        media.forEach(row -> items.addObject().put("type", row.type()).put("altText", row.alt()));
        String planned = scheduledAt();
        if (planned != null) {
            json.put("scheduledAt", planned);
        }
        json.put("timeZone", timeZone);
        json.put("audience", audience);
        json.put("kind", kind);
        if (!profile.isEmpty()) {
            json.put("profile", profile);
        }
        return json;
    }

    /** The planned date and time in the audience's zone, with that zone's offset on that day. */
    String scheduledAt() {
        if (date.isEmpty() || time.isEmpty()) {
            return null;
        }
        try {
            return ZonedDateTime.of(LocalDate.parse(date), LocalTime.parse(time), ZoneId.of(timeZone))
                    .toOffsetDateTime().toString();
        } catch (DateTimeException e) {
            return date + "T" + time; // no offset: the reader refuses it with its own message
        }
    }

    /** The blank row a page without JavaScript offers after the filled ones. */
    public List<MediaRow> mediaRows() {
        List<MediaRow> rows = new ArrayList<>(media);
        rows.add(new MediaRow("", ""));
        return rows;
    }

    private static String value(String value) {
        return value == null ? "" : value;
    }

    private static String orDefault(String value, String fallback) {
        return value == null || value.isBlank() ? fallback : value.strip();
    }

    /**
     * The form after a button pressed without JavaScript: "use this version" carries the rewrite, "apply"
     * carries offset:length:value of one replacement. A tampered or out-of-range value leaves the draft alone.
     */
    public EditorForm withActions(String useRewrite, String apply) {
        if (useRewrite != null) {
            return withText(useRewrite.replace("\r\n", "\n"));
        }
        if (apply == null) {
            return this;
        }
        String[] parts = apply.split(":", 3);
        if (parts.length != 3) {
            return this;
        }
        try {
            int offset = Integer.parseInt(parts[0]);
            int length = Integer.parseInt(parts[1]);
            if (offset >= 0 && length >= 0 && offset <= text.length() && length <= text.length() - offset) {
                return withText(text.substring(0, offset) + parts[2] + text.substring(offset + length));
            }
        } catch (NumberFormatException e) {
            // a tampered button: keep the draft as it was
        }
        return this;
    }
}
