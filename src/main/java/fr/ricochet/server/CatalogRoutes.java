package fr.ricochet.server;

import fr.ricochet.rules.Evidence;
import fr.ricochet.rules.NetworkProfile;
import fr.ricochet.rules.PostingWindow;
import fr.ricochet.rules.Range;
import fr.ricochet.rules.RuleBook;
import fr.ricochet.rules.TipSpec;
import fr.ricochet.server.http.Json;
import fr.ricochet.server.http.Languages;
import fr.ricochet.value.NetworkId;
import io.javalin.http.Context;
import java.time.DayOfWeek;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** GET /api/v1/rules and /api/v1/networks: what Ricochet checks and what it knows of each network. */
final class CatalogRoutes {

    /** A tip as a CMS shows it, in one language. */
    record TipView(String id, String title, String explanation, int weight, List<NetworkId> networks,
            List<EvidenceView> evidence) {
    }

    record TipCatalog(String language, List<TipView> tips) {
    }

    record NetworkCatalog(String language, List<NetworkView> networks) {
    }

    record EvidenceView(String finding, String source) {
    }

    record WindowView(List<String> days, String from, String to, String source) {
    }

    record NetworkView(NetworkId id, String name, int limit, String counting, String entities, Integer byteLimit,
            Integer byteWarning, Integer fold,
            Range lengthSweetSpot, Range hashtagSweetSpot, Integer hashtagCap, Integer emojiMax, int maxMedia,
            int altTextLimit, Integer maxLinks, boolean linksClickable, boolean mediaRequired,
            Map<String, List<WindowView>> windows, String windowsNote) {
    }

    private final RuleBook rules;

    CatalogRoutes(RuleBook rules) {
        this.rules = rules;
    }

    void tips(Context ctx) {
        String language = Languages.of(ctx);
        List<TipView> tips = rules.tips().stream().map(tip -> tip(tip, language)).toList();
        Json.write(ctx, new TipCatalog(language, tips));
    }

    void networks(Context ctx) {
        String language = Languages.of(ctx);
        List<NetworkView> networks = rules.networks().values().stream().map(n -> network(n, language)).toList();
        Json.write(ctx, new NetworkCatalog(language, networks));
    }

    private static TipView tip(TipSpec tip, String language) {
        List<EvidenceView> evidence = tip.evidence() == null ? List.of() : tip.evidence().stream()
                .map((Evidence e) -> new EvidenceView(e.finding().in(language), e.source())).toList();
        List<NetworkId> networks = tip.networks() == null ? List.of() : tip.networks();
        return new TipView(tip.id(), tip.title().in(language), tip.explanation().in(language), tip.weight(),
                networks, evidence);
    }

    private static NetworkView network(NetworkProfile n, String language) {
        Map<String, List<WindowView>> windows = new LinkedHashMap<>();
        n.windows().forEach((audience, list) -> windows.put(audience.id(), list.stream().map(w -> window(w, language))
                .toList()));
        return new NetworkView(n.id(), n.name(), n.limit(), n.counting(), n.entities(), n.byteLimit(), n.byteWarning(),
                n.fold(),
                n.lengthSweetSpot(), n.hashtagSweetSpot(), n.hashtagCap(), n.emojiMax(), n.maxMedia(),
                n.altTextLimit(), n.maxLinks(), n.linksClickable(), n.mediaRequired(), windows,
                n.windowsNote() == null ? null : n.windowsNote().in(language));
    }

    private static WindowView window(PostingWindow w, String language) {
        List<String> days = w.days().stream().sorted().map(DayOfWeek::name)
                .map(d -> d.substring(0, 3).toLowerCase(Locale.ROOT)).toList();
        return new WindowView(days, w.from().toString(), w.to().toString(), w.source().in(language));
    }
}
