package fr.ricochet.check;

import fr.ricochet.request.Media;
import fr.ricochet.request.MediaType;
import fr.ricochet.rules.NetworkProfile;
import fr.ricochet.rules.TipSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * An image or video lifts engagement; every image needs alt text within the network's limit; the
 * network's count of attachments and whether it requires one at all.
 */
record MediaCheck(TipSpec tip, Settings settings) implements Check {

    static final CheckKind<Settings> KIND = new CheckKind<>("media", Settings.class, CheckKind.PER_NETWORK,
            Set.of("none", "required", "alt-missing", "alt-too-long", "too-many"), MediaCheck::new).filling("count", "index", "length", "limit", "max", "type");

    record Settings(double noneScore, double stepPerMissingAlt) {
    }

    @Override
    public Verdict judge(Draft draft, NetworkProfile network) {
        Wording say = new Wording(tip, draft.language(), network);
        List<Media> media = draft.request().media();
        List<Finding> findings = new ArrayList<>();
        if (media.isEmpty()) {
            if (network.mediaRequired()) {
                findings.add(say.whole("required", Severity.ERROR));
                return new Verdict(0.0, findings);
            }
            findings.add(say.whole("none", Severity.SUGGESTION));
            return new Verdict(settings.noneScore(), findings);
        }
        double score = 1;
        if (media.size() > network.maxMedia()) {
            findings.add(say.whole("too-many", Severity.ERROR, "count", media.size(), "max", network.maxMedia()));
            score = 0;
        }
        for (int i = 0; i < media.size(); i++) {
            Media item = media.get(i);
            if (item.type() != MediaType.VIDEO && !item.hasAltText()) {
                findings.add(say.whole("alt-missing", Severity.WARNING, "index", i + 1, "type", item.type().id()));
                score -= settings.stepPerMissingAlt();
            } else if (item.hasAltText() && item.altText().codePointCount(0, item.altText().length()) > network.altTextLimit()) {
                findings.add(say.whole("alt-too-long", Severity.ERROR, "index", i + 1,
                        "length", item.altText().codePointCount(0, item.altText().length()), "limit", network.altTextLimit()));
                score = 0;
            }
        }
        return new Verdict(Math.max(0, score), findings);
    }
}
