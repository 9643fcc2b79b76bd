package fr.ricochet.measure;

import fr.ricochet.value.Language;
import fr.ricochet.value.NetworkId;
import java.util.List;
import java.util.Map;

/**
 * Everything measured on a draft, once, before any tip looks at it.
 *
 * @param gluedHashtags tags written against the previous word or tag ({@code #un#deux}), which no network links
 * @param languageConfidence when the model read the language, the chosen one's share of its confidence in French
 *     or English (0.5 to 1); else 0
 * @param prose the text with URLs and mentions blanked out (same length, same offsets), for phrase checks
 * @param lengths one entry per requested network, in request order
 * @param readings per requested network, the hashtags, mentions and links that network reads (its length is
 *     counted from them); the lists above are the neutral reading
 * @param times the time references ("ce soir", "samedi 14 mars à 10 h 30"), resolved on demand
 * @param grammar LanguageTool's matches on the whole text, or why it did not look
 */
public record Facts(
        String text,
        String prose,
        Language language,
        boolean languageDetected,
        double languageConfidence,
        List<Entity> hashtags,
        List<Entity> mentions,
        List<Entity> urls,
        List<Entity> cashtags,
        List<Span> gluedHashtags,
        List<Token> tokens,
        List<Span> emojis,
        List<Span> sentences,
        int words,
        Map<NetworkId, NetworkLength> lengths,
        Map<NetworkId, NetworkEntities> readings,
        TimeReferences times,
        GrammarCheck grammar) {

    public List<Entity> entities() {
        return java.util.stream.Stream.of(hashtags, mentions, urls, cashtags).flatMap(List::stream)
                .sorted(java.util.Comparator.comparingInt(Entity::offset)).toList();
    }

    /**
     * Whether the draft opens on a mention, white space aside: the shape of a reply. A name after the {@code @}
     * counts too when no handle was read there ("@Tomás Ferreira", as LinkedIn and Facebook write a person).
     */
    public boolean opensOnMention() {
        int first = 0;
        while (first < text.length() && Character.isWhitespace(text.charAt(first))) {
            first++;
        }
        if (!mentions.isEmpty() && mentions.get(0).offset() == first) {
            return true;
        }
        return first + 1 < text.length() && (text.charAt(first) == '@' || text.charAt(first) == '\uFF20')
                && Character.isLetter(text.codePointAt(first + 1));
    }

    public NetworkLength length(NetworkId network) {
        return lengths.get(network);
    }

    /** What one network reads as hashtags, mentions and links; the neutral reading for a network not measured. */
    public NetworkEntities on(NetworkId network) {
        NetworkEntities reading = readings.get(network);
        return reading != null ? reading : new NetworkEntities(hashtags, mentions, urls);
    }

    /**
     * The mentions that at least one of these networks links, by offset: for a check that judges the post as a
     * whole, a mention is one wherever it is one.
     */
    public List<Entity> mentionsOnAny(List<NetworkId> networks) {
        java.util.TreeMap<Integer, Entity> any = new java.util.TreeMap<>();
        for (NetworkId network : networks) {
            for (Entity mention : on(network).mentions()) {
                any.merge(mention.offset(), mention, (kept, other) -> kept.length() >= other.length() ? kept : other);
            }
        }
        return List.copyOf(any.values());
    }
}
