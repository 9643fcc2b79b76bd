package fr.ricochet.server.audit;

import fr.ricochet.archive.ArchiveException;
import fr.ricochet.request.FieldError;
import fr.ricochet.rules.Localized;
import fr.ricochet.server.http.ProblemException;
import fr.ricochet.server.http.Problems;
import java.util.List;
import java.util.Map;

/** The audit's own refusals, each in both languages, built in one place for the API and the page. */
final class AuditProblems {

    /** What the API takes as a body, for the 415's message. */
    static final String ACCEPTED = "application/zip, application/octet-stream, text/csv, application/x-ndjson, "
            + "application/vnd.ipld.car or multipart/form-data";

    private static final Localized TOO_LARGE = new Localized("Contenu trop grand", "Content too large");

    private AuditProblems() {
    }

    /** The archive read but was refused: the reader's own sentence, which names the file and what was wrong. */
    static ProblemException archive(ArchiveException e) {
        Localized detail = e.problem();
        if (e.tooLarge()) {
            return new ProblemException(413, "too-large", TOO_LARGE, detail);
        }
        return new ProblemException(400, "invalid-archive", new Localized("Archive illisible", "Unreadable archive"),
                detail);
    }

    static ProblemException tooLarge(long limit) {
        return new ProblemException(413, "too-large", TOO_LARGE, new Localized("l'archive dépasse "
                + size(limit, "Mo", "octets"), "the archive exceeds " + size(limit, "MB", "bytes")));
    }

    static ProblemException busy() {
        return new ProblemException(503, "unavailable", new Localized("Service indisponible", "Service unavailable"),
                new Localized("un autre audit est en cours ; réessayez dans une minute",
                        "another audit is running; retry in a minute"), List.of(),
                Map.of("Retry-After", "30"));
    }

    static ProblemException missingArchive() {
        return Problems.invalid(List.of(new FieldError("archive",
                "is required: the file your network's export gave you (zip, car, csv or jsonl)",
                "est obligatoire : le fichier que l'export de votre réseau vous a donné (zip, car, csv ou jsonl)")));
    }

    static ProblemException emptyArchive(String name) {
        return new ProblemException(400, "invalid-archive", new Localized("Archive vide", "Empty archive"),
                new Localized("le fichier " + name + " est vide (0\u00A0octet)\u00A0; choisissez celui que l'export de "
                        + "votre réseau vous a donné (zip, car, csv ou jsonl)", "the file " + name + " is empty (0 bytes);"
                        + " choose the one your network's export gave you (zip, car, csv or jsonl)"));
    }

    static ProblemException unknownZone(String zone) {
        return Problems.invalid(List.of(new FieldError("tz",
                "'" + zone + "' is not a known IANA time zone; give one such as Europe/Paris or America/Montreal",
                "« " + zone + " » n'est pas un fuseau IANA connu ; donnez-en un comme Europe/Paris ou America/Montreal")));
    }

    static ProblemException malformedMultipart() {
        return new ProblemException(400, "invalid-request", new Localized("Requête invalide", "Invalid request"),
                new Localized("le formulaire multipart est mal formé ; envoyez l'archive dans le champ « archive »",
                        "the multipart form is malformed; send the archive in the field \"archive\""));
    }

    private static String size(long bytes, String megabytes, String unit) {
        return bytes >= 1_000_000 ? bytes / 1_000_000 + "\u00A0" + megabytes : bytes + "\u00A0" + unit;
    }
}
