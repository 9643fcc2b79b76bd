package fr.ricochet.server.web;

import fr.ricochet.report.EntityView;
import fr.ricochet.report.FactsView;
import fr.ricochet.report.NetworkView;
import fr.ricochet.rules.NetworkProfile;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** The per-network cards: the text as the network shows it, entities styled, cut where it folds. */
final class Previews {

    record Token(String text, String kind) {
    }

    record MediaView(String type, String icon, String alt) {
        public boolean hasAlt() {
            return alt != null && !alt.isBlank();
        }
    }

    record Card(String network, String name, List<Token> tokens, boolean folded, int length, int limit,
            boolean withinLimit, List<MediaView> media) {
    }

    private Previews() {
    }

    static Card card(String text, FactsView facts, NetworkView counted, NetworkProfile profile,
            List<EditorForm.MediaRow> media) {
        int cut = text.length();
        boolean folded = false;
        if (profile.fold() != null && text.codePointCount(0, text.length()) > profile.fold()) {
            cut = text.offsetByCodePoints(0, profile.fold());
            folded = true;
        }
        List<MediaView> boxes = media.stream().limit(profile.maxMedia())
                .map(row -> new MediaView(row.type(), icon(row.type()), row.alt())).toList();
        // the preview shows what this network links (Bluesky makes no mention of @carol, X none of @a@b.fr)
        FactsView read = new FactsView(counted.entities().hashtags(), counted.entities().mentions(),
                counted.entities().urls(), facts.cashtags(), facts.emojis(), facts.words(), facts.sentences());
        return new Card(profile.id().value(), profile.name(), tokens(text, read, cut), folded, counted.length(),
                counted.limit(), counted.withinLimit(), boxes);
    }

    static List<Token> tokens(String text, FactsView facts, int cut) {
        List<Object[]> spans = new ArrayList<>();
        facts.hashtags().forEach(e -> spans.add(new Object[] {e, "hashtag"}));
        facts.mentions().forEach(e -> spans.add(new Object[] {e, "mention"}));
        facts.urls().forEach(e -> spans.add(new Object[] {e, "url"}));
        facts.cashtags().forEach(e -> spans.add(new Object[] {e, "cashtag"}));
        spans.sort(Comparator.comparingInt(s -> ((EntityView) s[0]).offset()));
        List<Token> tokens = new ArrayList<>();
        int at = 0;
        for (Object[] span : spans) {
            EntityView e = (EntityView) span[0];
            int start = Math.max(e.offset(), at);
            int end = Math.min(e.offset() + e.length(), cut);
            if (start >= cut || end <= start) {
                continue;
            }
            if (start > at) {
                tokens.add(new Token(text.substring(at, start), "text"));
            }
            tokens.add(new Token(text.substring(start, end), (String) span[1]));
            at = end;
        }
        if (at < cut) {
            tokens.add(new Token(text.substring(at, cut), "text"));
        }
        return tokens;
    }

    static String icon(String type) {
        return switch (type) {
            case "video" -> "▶";
            case "gif" -> "GIF";
            default -> "▣";
        };
    }
}
