package fr.ricochet.archive;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * Mastodon's follows export, {@code following_accounts.csv} ("Account address,Show boosts,Notify on new
 * posts,Languages"): the addresses the account follows, {@code name@instance}.
 */
final class MastodonFollows {

    static final String FILE = "following_accounts.csv";
    private static final String ADDRESS = "Account address";

    private MastodonFollows() {
    }

    static List<String> read(InputStream in, String file) throws IOException, ArchiveException {
        List<String> addresses = new ArrayList<>();
        CsvFiles.read(in, file, header -> {
            if (!header.contains(ADDRESS)) {
                throw Problems.refusal(file, "Le fichier " + file + " n'a pas de colonne «\u00a0" + ADDRESS + "\u00a0»"
                                + "\u00a0: l'export des abonnements de Mastodon commence par «\u00a0Account address,Show "
                                + "boosts\u00a0».",
                        file + " has no \"" + ADDRESS + "\" column: Mastodon's export of follows starts with"
                                + " \"Account address,Show boosts\".");
            }
        }, row -> {
            String address = CsvFiles.value(row, ADDRESS);
            if (address != null) {
                addresses.add(address.startsWith("@") ? address.substring(1) : address);
            }
        });
        return addresses;
    }
}
