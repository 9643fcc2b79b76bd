package fr.ricochet.server.web;

import fr.ricochet.server.http.ConfigException;
import java.util.Map;

/**
 * What the web pages are told, read with the rest of the server's settings so a bad value stops the start.
 *
 * @param secret      signs the CSRF tokens ({@value #SECRET_VARIABLE}); null draws a random one per process
 * @param development {@value #DEVELOPMENT_VARIABLE}{@code =true}: templates re-read at each request, template
 *                    errors shown
 */
public record PageConfig(String secret, boolean development) {

    public static final String SECRET_VARIABLE = "RICOCHET_PAGE_SECRET";
    public static final String DEVELOPMENT_VARIABLE = "RICOCHET_DEV";
    static final int MIN_SECRET = 32;

    public static PageConfig from(Map<String, String> env) {
        String secret = env.get(SECRET_VARIABLE);
        if (secret != null && secret.isEmpty()) {
            secret = null;
        }
        if (secret != null && secret.length() < MIN_SECRET) {
            throw new ConfigException(SECRET_VARIABLE + " must hold at least " + MIN_SECRET + " characters (it has "
                    + secret.length() + ")");
        }
        String development = env.getOrDefault(DEVELOPMENT_VARIABLE, "false").strip();
        if (!development.equalsIgnoreCase("true") && !development.equalsIgnoreCase("false") && !development.isEmpty()) {
            throw new ConfigException(DEVELOPMENT_VARIABLE + " must be true or false, not '" + development + "'");
        }
        return new PageConfig(secret, development.equalsIgnoreCase("true"));
    }

    /** Keeps the secret out of logs and error messages. */
    @Override
    public String toString() {
        return "PageConfig[secret=" + (secret == null ? "random" : "set") + ", development=" + development + "]";
    }
}
