package fr.ricochet.request;

import com.fasterxml.jackson.databind.JsonNode;
import fr.ricochet.rules.profile.CalibrationProfile;
import fr.ricochet.value.Audience;
import fr.ricochet.value.Language;
import fr.ricochet.value.LanguageChoice;
import fr.ricochet.value.NetworkId;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;

/**
 * A draft and what the author told us about it, already checked: every field holds an allowed value.
 *
 * @param networks networks of the loaded rules, each once, in the order the request gave them
 * @param language the draft's language, or {@code auto} to read it from the draft
 * @param scheduledAt null when the author gave no planned time
 * @param id any JSON scalar the caller wants echoed back, or null
 * @param kind the kind of post the author says it is (an id of {@code rules/kinds.yaml}), or {@code auto} to
 *             read it from the draft
 * @param grammar whether spelling and grammar are checked (by default yes for a single draft, no in a batch)
 * @param profile what the account's own history says about its audience, which adjusts the advice on the profile's
 *                network; null when the request names none (then the advice rests on the studies alone)
 */
public record AnalysisRequest(
        String text,
        List<NetworkId> networks,
        LanguageChoice language,
        List<Media> media,
        OffsetDateTime scheduledAt,
        ZoneId timeZone,
        Audience audience,
        JsonNode id,
        String kind,
        boolean grammar,
        CalibrationProfile profile) {

    public static final String DEFAULT_ZONE = "Europe/Paris";
    public static final String AUTO = "auto";

    public AnalysisRequest {
        networks = List.copyOf(networks);
        media = List.copyOf(media);
    }

    /** A request without a calibration profile. */
    public AnalysisRequest(String text, List<NetworkId> networks, LanguageChoice language, List<Media> media,
            OffsetDateTime scheduledAt, ZoneId timeZone, Audience audience, JsonNode id, String kind, boolean grammar) {
        this(text, networks, language, media, scheduledAt, timeZone, audience, id, kind, grammar, null);
    }

    /** A request with its spelling and grammar checked. */
    public AnalysisRequest(String text, List<NetworkId> networks, LanguageChoice language, List<Media> media,
            OffsetDateTime scheduledAt, ZoneId timeZone, Audience audience, JsonNode id, String kind) {
        this(text, networks, language, media, scheduledAt, timeZone, audience, id, kind, true);
    }

    /** A request that leaves the kind of post to detection. */
    public AnalysisRequest(String text, List<NetworkId> networks, LanguageChoice language, List<Media> media,
            OffsetDateTime scheduledAt, ZoneId timeZone, Audience audience, JsonNode id) {
        this(text, networks, language, media, scheduledAt, timeZone, audience, id, AUTO);
    }

    /** The same request for another text, read in this language and as this kind (a rewrite analysed again). */
    public AnalysisRequest withText(String other, Language inLanguage, String asKind) {
        return new AnalysisRequest(other, networks, LanguageChoice.of(inLanguage), media, scheduledAt, timeZone, audience, id, asKind,
                grammar, profile);
    }

    /** The same request calibrated on this profile (or on none, when null). */
    public AnalysisRequest withProfile(CalibrationProfile calibration) {
        return new AnalysisRequest(text, networks, language, media, scheduledAt, timeZone, audience, id, kind, grammar,
                calibration);
    }

    /** A request with every optional field at its default, for tests and quick calls (X when no network is named). */
    public static AnalysisRequest of(String text, String... networks) {
        List<NetworkId> ids = java.util.Arrays.stream(networks.length == 0 ? new String[] {"x"} : networks)
                .map(NetworkId::of).toList();
        return new AnalysisRequest(text, ids, LanguageChoice.AUTO,
                List.of(), null, ZoneId.of(DEFAULT_ZONE), Audience.GENERAL, null);
    }
}
