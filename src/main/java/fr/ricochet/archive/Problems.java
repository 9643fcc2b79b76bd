package fr.ricochet.archive;

import fr.ricochet.rules.Localized;
import java.util.List;

/**
 * Every refusal of an archive, worded once in both languages: which file was expected or read, what was wrong,
 * and what would have been accepted. Never a line of the archive's content: posts are private.
 */
final class Problems {

    static final String FORMATS_FR = "une archive X ou Mastodon (zip), un export Bluesky (.car), le Shares.csv de "
            + "LinkedIn, ou un CSV ou JSONL aux colonnes text, createdAt, likes, reposts, replies, impressions, media";
    static final String FORMATS_EN = "an X or Mastodon archive (zip), a Bluesky export (.car), LinkedIn's Shares.csv, "
            + "or a CSV or JSONL file with the columns text, createdAt, likes, reposts, replies, impressions, media";

    private Problems() {
    }

    static ArchiveException refusal(String file, String fr, String en) {
        return new ArchiveException(file, new Localized(fr, en));
    }

    private static ArchiveException tooLarge(String file, String fr, String en) {
        return new ArchiveException(file, new Localized(fr, en), true);
    }

    /** A size as people read it: in megabytes, or in bytes below one. */
    private static Localized size(long bytes) {
        return bytes >= 1_000_000 ? new Localized(bytes / 1_000_000 + "\u00a0Mo", bytes / 1_000_000 + " MB")
                : new Localized(bytes + "\u00a0octets", bytes + " bytes");
    }

    static ArchiveException archiveTooLarge(String file, long maxBytes) {
        Localized size = size(maxBytes);
        return tooLarge(file, "Le fichier " + file + " dépasse " + size.fr() + ", la taille la plus grande acceptée."
                        + " Envoyez l'archive sans ses médias, ou ses seuls fichiers de publications.",
                file + " is over " + size.en() + ", the largest size accepted."
                        + " Send the archive without its media, or only its files of posts.");
    }

    static ArchiveException expandsTooMuch(String file, String entry, int maxRatio) {
        return tooLarge(file, "L'entrée " + entry + " de l'archive " + file + " se décompresse en plus de " + maxRatio
                        + " fois sa taille compressée, ce que ne fait aucun export de réseau social (une «\u00a0bombe zip\u00a0»)"
                        + "\u00a0: l'archive est refusée.",
                "The entry " + entry + " of " + file + " expands to more than " + maxRatio
                        + " times its compressed size, which no network's export does (a \"zip bomb\"): the archive is refused.");
    }

    static ArchiveException archiveExpandsTooMuch(String file, long maxBytes) {
        Localized size = size(maxBytes);
        return tooLarge(file, "Les entrées de l'archive " + file + " se décompressent en plus de " + size.fr()
                        + ", la limite acceptée.",
                "The entries of " + file + " expand to more than " + size.en() + ", the limit accepted.");
    }

    static ArchiveException tooManyEntries(String file, int maxEntries) {
        return tooLarge(file, "L'archive " + file + " contient plus de " + maxEntries + " entrées, la limite acceptée.",
                file + " holds more than " + maxEntries + " entries, the limit accepted.");
    }

    static ArchiveException tooManyPosts(String file, int maxPosts) {
        return tooLarge(file, "Le fichier " + file + " contient plus de " + maxPosts + " publications, la limite "
                        + "qu'un audit accepte. Envoyez un export plus court (une période, une partie de l'archive).",
                file + " holds more than " + maxPosts + " posts, the limit an audit accepts."
                        + " Send a shorter export (one period, one part of the archive).");
    }

    static ArchiveException unsafeEntryName(String file, String entry) {
        return refusal(file, "L'archive " + file + " contient une entrée au nom dangereux («\u00a0" + entry + "\u00a0»"
                        + "\u00a0: chemin absolu, «\u00a0..\u00a0» ou barre oblique inverse)\u00a0; aucun export de réseau "
                        + "social n'en contient\u00a0: l'archive est refusée.",
                file + " holds an entry with an unsafe name (\"" + entry + "\": an absolute path, \"..\" or a backslash),"
                        + " which no network's export holds: the archive is refused.");
    }

    static ArchiveException damagedZip(String file) {
        return refusal(file, "L'archive zip " + file + " est endommagée ou incomplète (coupée pendant le "
                        + "téléchargement\u202f?). Téléchargez-la de nouveau depuis le réseau social.",
                "The zip archive " + file + " is damaged or incomplete (cut short while downloading?)."
                        + " Download it again from the network.");
    }

    static ArchiveException zipWithoutPosts(String file) {
        return refusal(file, "L'archive " + file + " ne contient aucun fichier de publications connu\u00a0: une "
                        + "archive X contient data/tweets.js, une archive Mastodon outbox.json, un export LinkedIn "
                        + "Shares.csv. Reçu\u00a0: une archive zip sans aucun d'eux.",
                file + " holds no known file of posts: an X archive holds data/tweets.js, a Mastodon archive"
                        + " outbox.json, a LinkedIn export Shares.csv. Received: a zip archive with none of them.");
    }

    static ArchiveException xWithoutTweets(String file) {
        return missingEntry(file, "data/tweets.js", "une archive X le contient", "an X archive holds it");
    }

    static ArchiveException mastodonWithoutOutbox(String file) {
        return missingEntry(file, "outbox.json", "une archive Mastodon le contient à côté d'actor.json",
                "a Mastodon archive holds it beside actor.json");
    }

    /** A zip that looks like one network's archive but lacks the file of posts that archive always holds. */
    private static ArchiveException missingEntry(String file, String entry, String whoHoldsItFr, String whoHoldsItEn) {
        return refusal(file, "Le fichier " + entry + " est introuvable dans l'archive " + file + "\u00a0: "
                        + whoHoldsItFr + ". Reçu\u00a0: une archive zip sans " + entry + ".",
                "The archive " + file + " has no " + entry + ": " + whoHoldsItEn + ". Received: a zip archive without "
                        + entry + ".");
    }

    static ArchiveException brokenJson(String file, long line, long column, Localized expected) {
        return refusal(file, "Le fichier " + file + " n'est pas du JSON lisible (ligne " + line + ", colonne " + column
                        + ")\u00a0; " + expected.fr() + ".",
                file + " is not readable JSON (line " + line + ", column " + column + "); " + expected.en() + ".");
    }

    static ArchiveException unexpectedJson(String file, Localized expected) {
        return refusal(file, "Le fichier " + file + " n'a pas la forme attendue\u00a0: " + expected.fr() + ".",
                file + " does not have the expected shape: " + expected.en() + ".");
    }

    static ArchiveException notYtdFile(String file) {
        return refusal(file, "Le fichier " + file + " ne commence pas comme X l'écrit («\u00a0window.YTD.tweets.part0 "
                        + "= [\u00a0» suivi d'un tableau JSON).",
                file + " does not start as X writes it (\"window.YTD.tweets.part0 = [\" followed by a JSON array).");
    }

    static ArchiveException badCarHeader(String file, String detailFr, String detailEn) {
        return refusal(file, "Le fichier " + file + " n'a pas l'en-tête d'un fichier CAR v1 comme l'écrit l'export "
                        + "de Bluesky (une longueur, puis une table DAG-CBOR avec version 1 et roots)\u00a0: " + detailFr
                        + ".",
                file + " does not have the header of a CAR v1 file as Bluesky's export writes it (a length, then a"
                        + " DAG-CBOR map with version 1 and roots): " + detailEn + ".");
    }

    static ArchiveException badCarBlock(String file, long offset, String detailFr, String detailEn) {
        return refusal(file, "Le fichier CAR " + file + " est endommagé au bloc commençant à l'octet " + offset + "\u00a0: "
                        + detailFr + ". Exportez de nouveau vos données depuis Bluesky.",
                "The CAR file " + file + " is damaged at the block starting at byte " + offset + ": " + detailEn
                        + ". Export your data again from Bluesky.");
    }

    static ArchiveException missingColumns(String file, List<String> missing, List<String> found) {
        return refusal(file, "Le fichier CSV " + file + " n'a pas de colonne " + String.join(", ", missing)
                        + " (son en-tête\u00a0: " + String.join(", ", found) + ")\u00a0: un CSV neutre a au moins les "
                        + "colonnes text et createdAt (et, au choix, likes, reposts, replies, impressions, media, network)"
                        + "\u00a0; le Shares.csv de LinkedIn commence par Date,ShareLink,ShareCommentary.",
                "The CSV file " + file + " has no " + String.join(", ", missing) + " column (its header: "
                        + String.join(", ", found) + "): a neutral CSV has at least the columns text and createdAt"
                        + " (and, as you wish, likes, reposts, replies, impressions, media, network); LinkedIn's"
                        + " Shares.csv starts with Date,ShareLink,ShareCommentary.");
    }

    static ArchiveException damagedCsv(String file) {
        return refusal(file, "Le fichier CSV " + file + " ne peut pas être lu (guillemets non refermés\u00a0?)\u00a0: "
                        + "chaque valeur qui contient une virgule, un guillemet ou un saut de ligne doit être entre guillemets.",
                "The CSV file " + file + " cannot be read (unclosed quotes?): every value holding a comma, a quote"
                        + " or a line break must be quoted.");
    }

    static ArchiveException badLine(String file, long line, String detailFr, String detailEn) {
        return refusal(file, "Ligne " + line + " du fichier " + file + "\u00a0: " + detailFr + ".",
                "Line " + line + " of " + file + ": " + detailEn + ".");
    }

    static ArchiveException unknownFormat(String file) {
        return refusal(file, "Le format du fichier " + file + " n'est pas reconnu. Ricochet lit " + FORMATS_FR + ".",
                "The format of " + file + " is not recognised. Ricochet reads " + FORMATS_EN + ".");
    }

    static ArchiveException notAZip(String file) {
        return refusal(file, "Le fichier " + file + " porte le nom d'une archive zip, mais n'en est pas une (ce n'est "
                        + "pas le début d'un zip) : un téléchargement interrompu ou une page d'erreur enregistrée "
                        + "sous ce nom ? Téléchargez de nouveau l'export depuis le réseau social. Ricochet lit "
                        + FORMATS_FR + ".",
                file + " is named as a zip archive but is none (it does not start as a zip does): a download cut short,"
                        + " or an error page saved under that name? Download the export again from the network."
                        + " Ricochet reads " + FORMATS_EN + ".");
    }

    static ArchiveException empty(String file) {
        return refusal(file, "Le fichier " + file + " est vide. Ricochet lit " + FORMATS_FR + ".",
                file + " is empty. Ricochet reads " + FORMATS_EN + ".");
    }
}
