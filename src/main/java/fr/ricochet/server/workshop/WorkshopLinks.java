package fr.ricochet.server.workshop;

import io.javalin.http.Context;

/**
 * The addresses of the workshop pages, and how downloads are announced.
 *
 * @param publicUrl the configured public address, or null
 */
record WorkshopLinks(String publicUrl) {

    /**
     * The configured public address, else the scheme and host the client used, so links work behind the name it
     * knows the server by.
     */
    String base(Context ctx) {
        return publicUrl != null ? publicUrl : ctx.scheme() + "://" + ctx.host();
    }

    /** The participants' page: the join form, then their drafts. */
    static String joinPage(String code) {
        return "/workshops/" + code;
    }

    /**
     * The trainer's private page. The token sits after {@code #}: browsers send neither it to the server nor it in a
     * Referer, so it never reaches an access log; the page's script reads it from {@code location.hash}.
     */
    static String trainerPage(String code, String token) {
        return "/workshops/" + code + "/trainer#" + token;
    }

    /** The projector view: the code, a QR code and live counts; the same token after {@code #} as the dashboard. */
    static String projectorPage(String code, String token) {
        return "/workshops/" + code + "/projector#" + token;
    }

    static void download(Context ctx, String contentType, String code, String extension) {
        String safe = code.replaceAll("[^A-Za-z0-9]", "");
        ctx.contentType(contentType).header("Content-Disposition",
                "attachment; filename=\"ricochet-atelier-" + safe + "." + extension + "\"");
    }
}
