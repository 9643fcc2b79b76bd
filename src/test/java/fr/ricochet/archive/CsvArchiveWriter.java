package fr.ricochet.archive;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/** Writes LinkedIn's Shares.csv and Ricochet's neutral CSV and JSONL from a synthetic account. */
final class CsvArchiveWriter {

    private static final DateTimeFormatter LINKEDIN_DATE =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneOffset.UTC);

    @FunctionalInterface
    private interface Rows {
        void write(CSVPrinter csv) throws IOException;
    }

    private CsvArchiveWriter() {
    }

    static byte[] linkedInShares(SyntheticAccount account) {
        return csv(new String[] {"Date", "ShareLink", "ShareCommentary", "SharedUrl", "MediaUrl", "Visibility"}, csv -> {
            long id = 7_100_000_000_000_000_000L;
            for (SyntheticPost post : account.posts()) {
                csv.printRecord(LINKEDIN_DATE.format(post.at()),
                        "https://www.linkedin.com/feed/update/urn%3Ali%3Ashare%3A" + id++, post.text(), "",
                        post.image() ? "https://media.licdn.com/dms/image/D4E22AQ/feedshare/photo.jpg" : "",
                        "MEMBER_NETWORK");
            }
        });
    }

    static byte[] neutralCsv(SyntheticAccount account) {
        return csv(new String[] {"createdAt", "text", "likes", "reposts", "replies", "impressions", "media", "type",
                "inReplyTo", "source"}, csv -> {
                    for (SyntheticPost post : account.posts()) {
                        csv.printRecord(post.at().toString(), post.text(), post.likes(), post.reposts(), "", "",
                                media(post), post.type().id(), orEmpty(post.inReplyTo()), orEmpty(post.source()));
                    }
                });
    }

    static byte[] neutralJsonl(SyntheticAccount account) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            for (SyntheticPost post : account.posts()) {
                try (JsonGenerator json = SyntheticArchives.JSON.createGenerator(bytes)) {
                    json.writeStartObject();
                    json.writeStringField("text", post.text());
                    json.writeStringField("createdAt", post.at().toString());
                    json.writeNumberField("likes", post.likes());
                    json.writeNumberField("reposts", post.reposts());
                    json.writeNullField("replies");
                    json.writeStringField("media", media(post));
                    json.writeStringField("type", post.type().id());
                    if (post.inReplyTo() != null) {
                        json.writeStringField("inReplyTo", post.inReplyTo());
                    }
                    json.writeEndObject();
                }
                bytes.write('\n');
            }
        } catch (IOException impossible) {
            throw new UncheckedIOException(impossible);
        }
        return bytes.toByteArray();
    }

    private static String media(SyntheticPost post) {
        return !post.image() ? "" : post.alt() == null ? "image" : "image:" + post.alt();
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value;
    }

    private static byte[] csv(String[] header, Rows rows) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (Writer writer = new OutputStreamWriter(bytes, StandardCharsets.UTF_8);
                CSVPrinter csv = CSVFormat.DEFAULT.builder().setHeader(header).get().print(writer)) {
            rows.write(csv);
        } catch (IOException impossible) {
            throw new UncheckedIOException(impossible);
        }
        return bytes.toByteArray();
    }
}
