package fr.ricochet.server.web;

import fr.ricochet.rules.Evidence;
import fr.ricochet.rules.NetworkProfile;
import fr.ricochet.rules.RuleBook;
import fr.ricochet.rules.TipSpec;
import fr.ricochet.value.NetworkId;
import io.javalin.http.Context;
import java.util.List;
import java.util.Map;

/** GET /tips: every tip of {@code rules/} with its explanation and evidence, in the page language. */
final class TipsPage {

    record EvidenceView(String finding, String source) {
    }

    record TipView(String id, String title, String explanation, int weight, String networks,
            List<EvidenceView> evidence) {
    }

    record NetworkRow(String name, int limit, String counting, Integer fold, int maxMedia, int altTextLimit) {
    }

    private final RuleBook rules;
    private final Pages pages;

    TipsPage(RuleBook rules, Pages pages) {
        this.rules = rules;
        this.pages = pages;
    }

    void show(Context ctx) {
        String language = pages.language(ctx);
        List<TipView> tips = rules.tips().stream().map(tip -> view(tip, language)).toList();
        List<NetworkRow> networks = rules.networks().values().stream()
                .map(n -> new NetworkRow(n.name(), n.limit(), n.counting(), n.fold(), n.maxMedia(), n.altTextLimit()))
                .toList();
        pages.send(ctx, 200, "tips", Map.of("tips", tips, "networks", networks));
    }

    private TipView view(TipSpec tip, String language) {
        String networks = tip.networks() == null || tip.networks().isEmpty() ? ""
                : String.join(", ", tip.networks().stream().map(this::networkName).toList());
        List<EvidenceView> evidence = tip.evidence().stream().map((Evidence e) ->
                new EvidenceView(e.finding().in(language), e.source())).toList();
        return new TipView(tip.id(), tip.title().in(language), tip.explanation().in(language), tip.weight(),
                networks, evidence);
    }

    private String networkName(NetworkId id) {
        NetworkProfile profile = rules.network(id);
        return profile == null ? id.value() : profile.name();
    }
}
