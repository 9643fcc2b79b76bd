package fr.ricochet.server.audit;

import fr.ricochet.archive.ArchiveException;
import fr.ricochet.audit.AuditReport;
import fr.ricochet.request.AnalysisRequest;
import fr.ricochet.server.http.Problems;
import io.javalin.http.Context;
import jakarta.servlet.MultipartConfigElement;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Takes an archive off a request and audits it, for the API and the page alike: a bare body streams straight into
 * the reader, counted against the byte limit; a multipart form is parsed by Jetty, which keeps a large part in a
 * temporary file for the time of the request and deletes it after (the servlet API gives no streamed parts).
 * Nothing else is written anywhere, and a bad archive is always a 400 or 413, never a 500.
 */
final class AuditUploads {

    static final String DEFAULT_ZONE = AnalysisRequest.DEFAULT_ZONE;
    /** Parts smaller than this stay in memory; larger ones go to a temporary file until the request ends. */
    private static final int IN_MEMORY_PART = 1024 * 1024;
    /** Room for the form's small fields and its boundaries beside the archive itself. */
    private static final long FORM_OVERHEAD = 64 * 1024;
    private static final Map<String, String> NAMES = Map.of("application/zip", "archive.zip",
            "application/octet-stream", "archive", "text/csv", "archive.csv", "application/x-ndjson", "archive.jsonl",
            "application/vnd.ipld.car", "repo.car");

    private final AccountAuditor auditor;
    private final AuditConfig config;
    private final AuditLane lane;

    AuditUploads(AccountAuditor auditor, AuditConfig config) {
        this.auditor = auditor;
        this.config = config;
        this.lane = new AuditLane(config.concurrent());
    }

    boolean full() {
        return lane.full();
    }

    /**
     * A multipart form's fields and files, parsed once; its temporary files go when the request ends.
     *
     * @param emptyArchive the name of the archive chosen when its file was empty, so that the refusal says that
     *     rather than "no file"; null otherwise
     */
    record Form(Map<String, String> fields, Part archive, Part follows, String emptyArchive) {
        String field(String name) {
            return fields.get(name);
        }
    }

    /** Whether the request is a form (the page's, or an API client's multipart) rather than a bare archive. */
    static boolean multipart(Context ctx) {
        return "multipart/form-data".equals(mediaType(ctx.contentType()));
    }

    /** Runs {@code work} within the audits' lane; refused at once when the lane is full. */
    <T> T inLane(java.util.function.Supplier<T> work) {
        if (!lane.tryEnter()) {
            throw AuditProblems.busy();
        }
        try {
            return work.get();
        } finally {
            lane.leave();
        }
    }

    /** Parses the form, within the byte limit. */
    Form form(Context ctx) {
        refuseIfAnnouncedTooLarge(ctx);
        ctx.req().setAttribute("org.eclipse.jetty.multipartConfig", new MultipartConfigElement(
                System.getProperty("java.io.tmpdir"), config.maxBytes(), config.maxBytes() + FORM_OVERHEAD,
                IN_MEMORY_PART));
        try {
            Map<String, String> fields = new HashMap<>();
            Part archive = null;
            Part follows = null;
            String emptyArchive = null;
            for (Part part : ctx.req().getParts()) {
                if (part.getSubmittedFileName() == null) {
                    fields.put(part.getName(), new String(part.getInputStream().readNBytes(4096), StandardCharsets.UTF_8));
                } else if (part.getName().equals("archive") && part.getSize() > 0) {
                    archive = part;
                } else if (part.getName().equals("archive") && !part.getSubmittedFileName().isBlank()) {
                    emptyArchive = part.getSubmittedFileName(); // a browser sends no file as an empty, unnamed part
                } else if (part.getName().equals("follows") && part.getSize() > 0) {
                    follows = part;
                }
            }
            return new Form(fields, archive, follows, emptyArchive);
        } catch (ServletException | IOException | IllegalStateException e) {
            throw overLimit(e) ? AuditProblems.tooLarge(config.maxBytes()) : AuditProblems.malformedMultipart();
        }
    }

    /** Audits the form's archive (and follows list, when given). */
    AuditReport audit(Form form, ZoneId zone, String language) {
        if (form.archive() == null) {
            throw form.emptyArchive() != null ? AuditProblems.emptyArchive(form.emptyArchive())
                    : AuditProblems.missingArchive();
        }
        try (InputStream archive = form.archive().getInputStream();
                InputStream follows = form.follows() == null ? null : form.follows().getInputStream()) {
            LimitedInput limited = new LimitedInput(archive, config.maxBytes());
            return run(new ArchiveUpload(form.archive().getSubmittedFileName(), limited, follows), limited, zone,
                    language);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a temporary file of the request's own that cannot be read
        } finally {
            delete(form.archive());
            delete(form.follows());
        }
    }

    /** Audits a bare body of one of the accepted types, streamed as it arrives. */
    AuditReport audit(Context ctx, ZoneId zone, String language) {
        refuseIfAnnouncedTooLarge(ctx);
        String type = mediaType(ctx.contentType());
        if (!NAMES.containsKey(type)) {
            throw Problems.unsupportedType(AuditProblems.ACCEPTED, ctx.contentType());
        }
        try (InputStream body = ctx.req().getInputStream()) {
            LimitedInput limited = new LimitedInput(body, config.maxBytes());
            return run(new ArchiveUpload(NAMES.get(type), limited, null), limited, zone, language);
        } catch (IOException e) {
            throw Problems.incompleteBody();
        }
    }

    private AuditReport run(ArchiveUpload upload, LimitedInput limited, ZoneId zone, String language) {
        try {
            return auditor.audit(upload, zone, language);
        } catch (ArchiveException e) {
            // The reader may report the cut-off read as a broken archive: the limit is the real cause.
            throw limited.exceeded() ? AuditProblems.tooLarge(config.maxBytes()) : AuditProblems.archive(e);
        } catch (IOException e) {
            throw limited.exceeded() ? AuditProblems.tooLarge(config.maxBytes()) : Problems.incompleteBody();
        }
    }

    /** The audience's zone the request names, Paris when it names none. */
    static ZoneId zone(String asked) {
        String id = asked == null || asked.isBlank() ? DEFAULT_ZONE : asked.strip();
        try {
            return ZoneId.of(id);
        } catch (DateTimeException e) {
            throw AuditProblems.unknownZone(id);
        }
    }

    /**
     * Jetty reports a part over its limit as a "bad multipart" 400 whose cause says "max file size exceeded" (or
     * "max length exceeded" for the whole form): that cause, not the wrapper, is what the person needs to hear.
     */
    private static boolean overLimit(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            String message = String.valueOf(cause.getMessage()).toLowerCase(Locale.ROOT);
            if (cause instanceof IllegalStateException && message.startsWith("max ") && message.contains("exceeded")) {
                return true;
            }
        }
        return false;
    }

    private void refuseIfAnnouncedTooLarge(Context ctx) {
        long announced = ctx.req().getContentLengthLong();
        if (announced > config.maxBytes() + (multipart(ctx) ? FORM_OVERHEAD : 0)) {
            throw AuditProblems.tooLarge(config.maxBytes());
        }
    }

    private static String mediaType(String contentType) {
        return contentType == null ? "" : contentType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
    }

    private static void delete(Part part) {
        if (part == null) {
            return;
        }
        try {
            part.delete();
        } catch (IOException e) {
            // Jetty deletes the request's temporary files at its end in any case
        }
    }
}
