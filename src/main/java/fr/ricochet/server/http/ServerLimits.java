package fr.ricochet.server.http;

/** Size limits of request bodies; the text length limit itself is the engine's (RequestReader.MAX_TEXT). */
public final class ServerLimits {

    /** A single draft: 10,000 characters fit with room for the other fields and JSON escapes. */
    public static final int MAX_BODY = 64 * 1024;
    /**
     * A url-encoded form of 10,000 characters can weigh up to 12 bytes a character (emoji as %XX four times),
     * plus media alt texts: the pages' forms and LanguageTool's {@code /v2/check} get a wider cap than JSON.
     */
    public static final int MAX_FORM_BODY = 256 * 1024;
    /** Most items a batch may hold. */
    public static final int MAX_BATCH = 100;
    /** A batch of up to 100 drafts: larger than one body, still bounded. */
    public static final int MAX_BATCH_BODY = 1024 * 1024;

    private ServerLimits() {
    }
}
