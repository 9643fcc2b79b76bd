package fr.ricochet.server;

import fr.ricochet.request.InvalidRequestException;
import fr.ricochet.request.ProfileReader;
import fr.ricochet.rules.Localized;
import fr.ricochet.rules.profile.CalibrationProfile;
import fr.ricochet.rules.profile.ProfileWriter;
import fr.ricochet.server.http.Bodies;
import fr.ricochet.server.http.Json;
import fr.ricochet.server.http.ProblemException;
import fr.ricochet.server.http.Problems;
import fr.ricochet.workshop.store.JdbcProfileStore;
import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * POST /api/v1/profiles (a calibration profile in JSON or YAML, 201 with its id), GET and DELETE
 * /api/v1/profiles/{id}. Knowing the id is the right to the profile: no route lists them.
 */
final class ProfileRoutes {

    static final String BASE = "/api/v1/profiles";
    private static final String YAML = "application/yaml";
    private static final Set<String> TYPES = Set.of("application/json", YAML, "application/x-yaml", "text/yaml");

    private final JdbcProfileStore store;
    private final ProfileReader reader;
    private final Clock clock;

    ProfileRoutes(JdbcProfileStore store, ProfileReader reader, Clock clock) {
        this.store = store;
        this.reader = reader;
        this.clock = clock;
    }

    void create(Context ctx) {
        String type = ctx.contentType() == null ? "" : ctx.contentType().split(";", 2)[0].strip()
                .toLowerCase(Locale.ROOT);
        if (!TYPES.contains(type)) {
            throw Problems.unsupportedType("application/json or application/yaml", ctx.contentType());
        }
        String body = new String(Bodies.bytes(ctx, ProfileReader.MAX_BYTES), StandardCharsets.UTF_8);
        CalibrationProfile profile;
        try {
            profile = reader.read(body);
        } catch (InvalidRequestException e) {
            throw Problems.invalid(e.errors());
        }
        CalibrationProfile stored = store.insert(profile, clock.instant());
        ctx.status(201).header("Location", BASE + "/" + stored.id());
        Json.write(ctx, Map.of("id", stored.id()));
    }

    void find(Context ctx) {
        CalibrationProfile profile = store.find(ctx.pathParam("id")).orElseThrow(() -> unknown(ctx));
        String accept = ctx.header("Accept");
        boolean yaml = "yaml".equals(ctx.queryParam("format"))
                || ctx.queryParam("format") == null && accept != null && accept.toLowerCase(Locale.ROOT).contains("yaml");
        if (yaml) {
            ctx.contentType(YAML + "; charset=utf-8").result(ProfileWriter.yaml(profile));
        } else {
            ctx.contentType(Json.CONTENT_TYPE).result(ProfileWriter.json(profile));
        }
    }

    void delete(Context ctx) {
        if (!store.delete(ctx.pathParam("id"))) {
            throw unknown(ctx);
        }
        ctx.status(204);
    }

    private static ProblemException unknown(Context ctx) {
        return new ProblemException(404, "not-found", new Localized("Introuvable", "Not found"),
                new Localized("aucun profil de calibration n'a l'identifiant «\u00A0" + ctx.pathParam("id")
                        + "\u00A0»\u00A0: il a peut-être été supprimé\u202F; enregistrez-le de nouveau depuis l'audit",
                        "no calibration profile has the id \"" + ctx.pathParam("id")
                                + "\": it may have been deleted; save it again from the audit"));
    }
}
