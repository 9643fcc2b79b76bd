package fr.ricochet.archive;

import fr.ricochet.request.MediaType;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVRecord;

/**
 * LinkedIn's {@code Shares.csv}: {@code Date} ("2024-03-05 09:12:44", UTC), {@code ShareCommentary} (the text,
 * quoted, with its doubled quotes and line breaks), {@code SharedUrl}, {@code MediaUrl} (a picture when not empty).
 * LinkedIn's export holds no engagement and names no entities: twitter-text reads them from the text.
 */
final class LinkedInShares {

    static final String FILE = "Shares.csv";

    private final String file;
    private final PostCollector posts;

    LinkedInShares(String file, PostCollector posts) {
        this.file = file;
        this.posts = posts;
    }

    static boolean isHeader(List<String> header) {
        return header.contains("Date") && header.contains("ShareCommentary");
    }

    void add(CSVRecord row) throws ArchiveException {
        Instant at = Dates.iso(CsvFiles.value(row, "Date"));
        if (at == null) {
            posts.skipUndated(file);
            return;
        }
        String text = CsvFiles.value(row, "ShareCommentary");
        String body = text == null ? "" : text;
        Entities entities = Entities.of(body);
        List<String> urls = new ArrayList<>(entities.urls());
        String shared = CsvFiles.value(row, "SharedUrl");
        if (shared != null && !urls.contains(shared)) {
            urls.add(shared);
        }
        List<ArchivedMedia> media = CsvFiles.value(row, "MediaUrl") == null ? List.of()
                : List.of(new ArchivedMedia(MediaType.IMAGE, null));
        String link = CsvFiles.value(row, "ShareLink");
        posts.add(new ArchivedPost(link != null ? link : Long.toString(row.getRecordNumber() + 1), at, body,
                PostType.ORIGINAL, media, entities.hashtags(), entities.mentions(), urls, null, null,
                Engagement.NONE));
    }
}
