package fr.ricochet.server.web;

import fr.ricochet.check.Finding;
import fr.ricochet.check.Replacement;
import fr.ricochet.check.Suggestion;
import fr.ricochet.rules.RuleBook;
import fr.ricochet.value.Basis;
import fr.ricochet.value.NetworkId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The findings as cards: one card per problem (a tip's message, whatever the networks it concerns), its
 * networks as chips, each fix once (by its words), the costliest first. The engine already merges a finding repeated
 * word for word on several networks; a problem worded per network ("on X, 1 hashtag", "on LinkedIn, 1 hashtag")
 * still comes as several findings, which this folds into one card.
 */
final class FindingCards {

    /** How many cards a page shows before "show all": enough for what costs most, short enough for a phone. */
    static final int SHOWN = 8;

    /** @param apply offset:length:value of the replacement, or null for advice without one */
    record Fix(String text, String apply, List<String> thread) {
    }

    /**
     * @param messages each distinct wording, the costliest first
     * @param findings the indexes of the report's findings the card gathers, for the underlines in the draft
     * @param points what the card costs out of 100, rounded to a tenth
     * @param fromAccount whether it rests on the account's own data (the request's calibration profile)
     */
    record Card(String id, String severity, List<String> messages, List<String> networks, List<Fix> fixes,
            double points, List<Integer> findings, boolean fromAccount) {

        /** The cost as the page shows it: "−2.5" in English, "−2,5" in French; nothing for what costs nothing. */
        public String cost(String language) {
            return points <= 0 ? "" : Messages.get(language, "result.finding.points",
                    String.format(Messages.locale(language), "%.1f", points));
        }
    }

    private FindingCards() {
    }

    static List<Card> of(List<Finding> findings, RuleBook rules) {
        Map<String, List<Integer>> groups = new LinkedHashMap<>();
        for (int i = 0; i < findings.size(); i++) {
            Finding f = findings.get(i);
            groups.computeIfAbsent(f.rule() + "/" + f.code() + "/" + f.severity(), k -> new ArrayList<>()).add(i);
        }
        List<Card> cards = new ArrayList<>();
        for (List<Integer> members : groups.values()) {
            cards.add(card(findings, members, rules));
        }
        // The capping finding comes first in the report and stays first; the rest by what they cost.
        Card first = cards.isEmpty() ? null : cards.get(0);
        cards.sort(Comparator.comparing((Card c) -> c != first).thenComparing(c -> -c.points()));
        List<Card> numbered = new ArrayList<>();
        for (int i = 0; i < cards.size(); i++) {
            Card c = cards.get(i);
            numbered.add(new Card("finding-" + i, c.severity(), c.messages(), c.networks(), c.fixes(), c.points(),
                    c.findings(), c.fromAccount()));
        }
        return numbered;
    }

    private static Card card(List<Finding> findings, List<Integer> members, RuleBook rules) {
        Set<String> messages = new LinkedHashSet<>();
        Set<NetworkId> networks = new LinkedHashSet<>();
        Map<String, Fix> fixes = new LinkedHashMap<>();
        double points = 0;
        for (int index : members) {
            Finding f = findings.get(index);
            messages.add(f.message());
            networks.addAll(f.networks());
            points += f.points();
            for (Suggestion s : f.suggestions()) {
                Fix fix = new Fix(s.text(), applyValue(s.replacement()), s.thread());
                // "Drop #tech" said once even when #tech comes twice: after it, the next analysis offers the other.
                fixes.putIfAbsent(fix.text(), fix);
            }
        }
        List<String> names = networks.stream()
                .map(id -> rules.network(id) == null ? id.value() : rules.network(id).name()).toList();
        boolean fromAccount = members.stream().anyMatch(i -> findings.get(i).basis() == Basis.ACCOUNT);
        return new Card("", findings.get(members.get(0)).severity().id(), List.copyOf(messages), names,
                List.copyOf(fixes.values()), Math.round(points * 10) / 10.0, List.copyOf(members), fromAccount);
    }

    /** A replacement packed into the "apply" button's value: offset:length:value. */
    private static String applyValue(Replacement replacement) {
        return replacement == null ? null
                : replacement.offset() + ":" + replacement.length() + ":" + replacement.value();
    }
}
