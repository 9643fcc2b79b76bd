package fr.ricochet.server;

import fr.ricochet.rules.Localized;
import fr.ricochet.server.http.Languages;
import fr.ricochet.server.http.ProblemException;
import fr.ricochet.server.web.SecurityHeaders;
import java.nio.ByteBuffer;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * The errors Jetty answers itself, before Javalin sees a request (a bad request line or header, a URI or headers
 * too large, an unknown HTTP version): problem+json in UTF-8 with the security headers, like every other error,
 * instead of Jetty's ISO-8859-1 HTML. Such a request has no readable headers, so the answer is in French, the
 * default language.
 */
final class JettyErrors extends ErrorHandler {

    @Override
    public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
        headers(fields);
        return ByteBuffer.wrap(ProblemRenderer.body(problem(status), Languages.DEFAULT, null));
    }

    /** Errors Jetty raises with a request in hand (outside Javalin's routes). */
    @Override
    public boolean handle(Request request, Response response, Callback callback) {
        Object attribute = request.getAttribute(ERROR_STATUS);
        int status = attribute instanceof Integer code ? code : response.getStatus();
        headers(response.getHeaders());
        String language = Languages.fromAcceptLanguage(request.getHeaders().get(HttpHeader.ACCEPT_LANGUAGE));
        byte[] body = ProblemRenderer.body(problem(status), language, Request.getPathInContext(request));
        response.setStatus(status);
        response.write(true, ByteBuffer.wrap(body), callback);
        return true;
    }

    private static void headers(HttpFields.Mutable fields) {
        fields.put(HttpHeader.CONTENT_TYPE, ProblemRenderer.CONTENT_TYPE);
        fields.put(HttpHeader.CACHE_CONTROL, "no-store");
        SecurityHeaders.each((name, value) -> fields.put(new HttpField(name, value)));
    }

    static ProblemException problem(int status) {
        return switch (status) {
            case 400 -> new ProblemException(400, "bad-request", new Localized("Requête mal formée", "Bad request"),
                    new Localized("la requête HTTP est mal formée (ligne de requête ou en-têtes)",
                            "the HTTP request is malformed (request line or headers)"));
            case 414 -> new ProblemException(414, "uri-too-long", new Localized("URI trop longue", "URI too long"),
                    new Localized("l'URI dépasse la taille permise ; envoyez le texte dans le corps d'un POST",
                            "the URI is longer than allowed; send the text in the body of a POST"));
            case 431 -> new ProblemException(431, "headers-too-large", new Localized("En-têtes trop grands",
                    "Request headers too large"), new Localized("les en-têtes de la requête dépassent la taille "
                    + "permise", "the request headers are larger than allowed"));
            case 505 -> new ProblemException(505, "http-version-not-supported", new Localized(
                    "Version HTTP non prise en charge", "HTTP version not supported"), new Localized(
                    "seuls HTTP/1.0 et HTTP/1.1 sont pris en charge", "only HTTP/1.0 and HTTP/1.1 are supported"));
            default -> {
                String reason = HttpStatus.getMessage(status);
                yield new ProblemException(status, "http-" + status, new Localized(reason, reason),
                        new Localized("erreur HTTP " + status, "HTTP error " + status));
            }
        };
    }
}
