package fr.ricochet.server.web;

import io.javalin.http.Context;
import io.javalin.http.SameSite;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Cross-site request forgery guard without server-side sessions: each browser gets a random, HttpOnly,
 * SameSite=Strict cookie, and its pages carry HMAC(server secret, cookie) as the token. A forged request from
 * another site has neither the cookie (SameSite) nor a way to read the token (same-origin policy). Form posts
 * send the token as {@value #FIELD}; the page's own scripts as the {@value #HEADER} header.
 * The secret is random for each process (after a restart an open page must be reloaded) unless
 * {@link PageConfig#secret()} gives one, which servers behind one load balancer then share.
 */
public final class Csrf {

    public static final String FIELD = "_csrf";
    public static final String HEADER = "X-CSRF-Token";
    static final String COOKIE = "ricochet_csrf";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final byte[] secret;

    public Csrf() {
        secret = new byte[32];
        RANDOM.nextBytes(secret);
    }

    private Csrf(byte[] secret) {
        this.secret = secret;
    }

    /** Signs with the shared secret when there is one (checked by {@link PageConfig}), else a random one. */
    public static Csrf withSecret(String shared) {
        if (shared == null) {
            return new Csrf();
        }
        try {
            return new Csrf(MessageDigest.getInstance("SHA-256").digest(shared.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    /** The token for this browser, creating its cookie on the first visit. */
    public String token(Context ctx) {
        String id = ctx.attribute(COOKIE);
        if (id == null) {
            id = ctx.cookie(COOKIE);
        }
        if (id == null || id.length() < 20) {
            byte[] random = new byte[24];
            RANDOM.nextBytes(random);
            id = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
            Cookies.set(ctx, COOKIE, id, "/", -1, SameSite.STRICT);
            ctx.attribute(COOKIE, id); // later calls in the same request see the new cookie
        }
        return sign(id);
    }

    /** Whether the presented token matches this browser's cookie. */
    public boolean valid(Context ctx, String presented) {
        String id = ctx.cookie(COOKIE);
        if (id == null || presented == null) {
            return false;
        }
        return MessageDigest.isEqual(sign(id).getBytes(StandardCharsets.US_ASCII),
                presented.getBytes(StandardCharsets.US_ASCII));
    }

    /** A same-origin call from a Ricochet page: token in the header, cookie sent along. */
    public boolean pageCall(Context ctx) {
        return valid(ctx, ctx.header(HEADER));
    }

    /** The token a browser with this cookie value gets. */
    String tokenFor(String cookie) {
        return sign(cookie);
    }

    private String sign(String id) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            return Base64.getUrlEncoder().withoutPadding()
                    .encodeToString(mac.doFinal(id.getBytes(StandardCharsets.US_ASCII)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }
}
