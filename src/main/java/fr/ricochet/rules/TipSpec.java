package fr.ricochet.rules;

import com.fasterxml.jackson.databind.JsonNode;
import fr.ricochet.value.NetworkId;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * One tip as written in {@code rules/tips/*.yaml}. The kind names the Java check that runs it;
 * the settings are bound to that kind's own record when the checks are compiled.
 *
 * @param postKinds the kinds of post the tip applies to (empty: every kind); elsewhere it scores null
 * @param nudges message codes that push for engagement, which a sober kind of post (a reply, a crisis notice,
 *               condolences) never gets
 * @param gates message codes saying the draft games its audience (bought followers, bait, a bot): no other tip
 *              nudges such a draft to engage more; its problem comes first, alone
 * @param quietOn per message code, the kinds of post it stays quiet on because it does not concern them (an
 *                Instagram reply is a comment, which needs no image)
 * @param caps per message code, the highest score a draft raising it can get (a refused post, a bought
 *             audience)
 * @param refuses the capping codes that mean the network will not take the post as it stands
 */
public record TipSpec(
        String id,
        String kind,
        int weight,
        List<NetworkId> networks,
        List<String> postKinds,
        List<String> nudges,
        List<String> gates,
        Map<String, List<String>> quietOn,
        Map<String, Integer> caps,
        List<String> refuses,
        Localized title,
        Localized explanation,
        List<Evidence> evidence,
        JsonNode settings,
        Map<String, Localized> messages,
        List<Example> examples,
        Path source) {

    public boolean appliesTo(NetworkId network) {
        return networks == null || networks.isEmpty() || networks.contains(network);
    }

    public boolean appliesToKind(String postKind) {
        return postKinds.isEmpty() || postKinds.contains(postKind);
    }

    public Localized message(String code) {
        return messages.get(code);
    }
}
