package fr.ricochet.rules;

import java.util.List;
import java.util.Map;

/**
 * One kind of post as {@code rules/kinds.yaml} defines it: a promotion, an event, a crisis notice...
 *
 * @param sober a post of this kind gets no engagement nudge (the tips' {@code nudges} codes stay quiet)
 * @param publishNow it is never told to wait for a better slot
 * @param opensOnMention a draft that opens on a mention is of this kind (a reply), unless a decisive kind matched
 * @param decisive one match of its patterns is enough, whatever other kinds match (condolences, a crisis)
 * @param patterns per language ({@code fr}, {@code en}, {@code any}), the phrases that tell this kind
 * @param hints phrases that also turn up elsewhere: for a decisive kind, two of them decide, one only counts
 */
public record PostKind(String id, Localized name, boolean sober, boolean publishNow, boolean opensOnMention,
        boolean decisive, Map<String, List<String>> patterns, Map<String, List<String>> hints) {
}
