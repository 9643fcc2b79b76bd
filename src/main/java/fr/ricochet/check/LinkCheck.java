package fr.ricochet.check;

import fr.ricochet.measure.Entity;
import fr.ricochet.rules.NetworkProfile;
import fr.ricochet.rules.TipSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Links: at most one, placed where clicks are best, never a link to an image hosted elsewhere when the
 * network could show the image itself, and no link where the network does not make it clickable.
 */
record LinkCheck(TipSpec tip, Settings settings) implements Check {

    static final CheckKind<Settings> KIND = new CheckKind<>("links", Settings.class, CheckKind.PER_NETWORK,
            Set.of("too-many", "over-cap", "position", "not-clickable", "hosted-image"), LinkCheck::new).filling("count", "from", "max", "percent", "to");

    /**
     * @param recommendedMax more links than this spread the reader's attention
     * @param bestPositionFrom share of the text before the link where click-through was best, lower end
     * @param minLengthForPosition the position advice needs a post at least this long
     * @param imageHosts hosts whose links stand for an image the network could show natively
     */
    /** @param positionNote whether to note a link placed outside the best position (an info, costing positionScore) */
    record Settings(int recommendedMax, boolean positionNote, double bestPositionFrom, double bestPositionTo,
            int minLengthForPosition,
            List<String> imageHosts, double tooManyScore, double positionScore, double notClickableScore,
            double hostedImageScore) {
    }

    @Override
    public Verdict judge(Draft draft, NetworkProfile network) {
        Wording say = new Wording(tip, draft.language(), network);
        // what this network links (on Mastodon a bare domain such as exemple.fr is plain text)
        List<Entity> links = draft.facts().on(network.id()).urls();
        if (links.isEmpty()) {
            // No link, nothing to judge: neither a fault nor a merit, so it does not dilute the score.
            return Verdict.notApplicable();
        }
        List<Finding> findings = new ArrayList<>();
        double score = 1;
        if (!network.linksClickable()) {
            Entity first = links.get(0);
            findings.add(say.finding("not-clickable", Severity.WARNING, first.offset(), first.length(), List.of()));
            score = Math.min(score, settings.notClickableScore());
        }
        if (network.maxLinks() != null && links.size() > network.maxLinks()) {
            Entity extra = links.get(network.maxLinks());
            findings.add(say.finding("over-cap", Severity.ERROR, extra.offset(), extra.length(), List.of(),
                    "count", links.size(), "max", network.maxLinks()));
            score = 0;
        } else if (links.size() > settings.recommendedMax()) {
            for (Entity extra : links.subList(settings.recommendedMax(), links.size())) {
                findings.add(say.finding("too-many", Severity.WARNING, extra.offset(), extra.length(), List.of(),
                        "count", links.size(), "max", settings.recommendedMax()));
            }
            score = Math.min(score, settings.tooManyScore());
        }
        for (Entity link : links) {
            if (hostsImage(link.value())) {
                findings.add(say.finding("hosted-image", Severity.SUGGESTION, link.offset(), link.length(), List.of()));
                score = Math.min(score, settings.hostedImageScore());
            }
        }
        String text = draft.text().strip();
        if (settings.positionNote() && links.size() == 1 && network.linksClickable()
                && text.length() >= settings.minLengthForPosition()) {
            Entity link = links.get(0);
            int leading = draft.text().indexOf(text);
            double position = (double) (link.offset() - leading) / text.length();
            if (position < settings.bestPositionFrom() || position > settings.bestPositionTo()) {
                findings.add(say.finding("position", Severity.INFO, link.offset(), link.length(), List.of(),
                        "percent", Math.round(position * 100), "from", Math.round(settings.bestPositionFrom() * 100),
                        "to", Math.round(settings.bestPositionTo() * 100)));
                score = Math.min(score, settings.positionScore());
            }
        }
        return new Verdict(score, findings);
    }

    private boolean hostsImage(String url) {
        String host = url.toLowerCase(Locale.ROOT).replaceFirst("^[a-z]+://", "").replaceFirst("^www\\.", "");
        return settings.imageHosts().stream().anyMatch(h -> host.startsWith(h + "/"));
    }
}
