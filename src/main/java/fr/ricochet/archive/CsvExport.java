package fr.ricochet.archive;

import fr.ricochet.value.NetworkId;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVRecord;

/**
 * A CSV file, told by its header: LinkedIn's {@code Shares.csv} (Date, ShareLink, ShareCommentary, SharedUrl,
 * MediaUrl, Visibility), or the neutral columns of {@link NeutralPosts} in any order and any case.
 */
final class CsvExport {

    private final String file;
    private final PostCollector posts;
    private final NeutralPosts neutral;
    private final LinkedInShares shares;
    private boolean linkedIn;
    private Map<String, String> columns = Map.of();

    CsvExport(String file, PostCollector posts) {
        this.file = file;
        this.posts = posts;
        this.neutral = new NeutralPosts(file, posts);
        this.shares = new LinkedInShares(file, posts);
    }

    AccountHistory read(InputStream in) throws IOException, ArchiveException {
        CsvFiles.read(in, file, this::header, this::row);
        if (linkedIn) {
            return new AccountHistory(ArchiveFormat.LINKEDIN, NetworkId.of("linkedin"), null, posts.posts(), null,
                    posts.skipped());
        }
        return new AccountHistory(ArchiveFormat.CSV, neutral.network(), null, posts.posts(), null, posts.skipped());
    }

    private void header(List<String> names) throws ArchiveException {
        linkedIn = LinkedInShares.isHeader(names);
        if (!linkedIn) {
            columns = neutralColumns(names);
        }
    }

    /** The header is line 1, so a row's number is its line when no value spans lines. */
    private void row(CSVRecord row) throws ArchiveException {
        if (linkedIn) {
            shares.add(row);
        } else {
            neutral.add(row.getRecordNumber() + 1, column -> CsvFiles.value(row, columns.get(column)));
        }
    }

    /** Each neutral column as {@link NeutralPosts#COLUMNS} spells it, to the header's own spelling. */
    private Map<String, String> neutralColumns(List<String> header) throws ArchiveException {
        Map<String, String> byLowerCase = new HashMap<>();
        for (String name : header) {
            byLowerCase.putIfAbsent(name.toLowerCase(Locale.ROOT), name);
        }
        Map<String, String> columns = new HashMap<>();
        for (String column : NeutralPosts.COLUMNS) {
            String actual = byLowerCase.get(column.toLowerCase(Locale.ROOT));
            if (actual != null) {
                columns.put(column, actual);
            }
        }
        List<String> missing = new ArrayList<>();
        for (String required : List.of("text", "createdAt")) {
            if (!columns.containsKey(required)) {
                missing.add(required);
            }
        }
        if (!missing.isEmpty()) {
            throw Problems.missingColumns(file, missing, header);
        }
        return columns;
    }
}
