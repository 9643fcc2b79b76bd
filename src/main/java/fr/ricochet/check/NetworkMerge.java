package fr.ricochet.check;

import com.ibm.icu.text.ListFormatter;
import com.ibm.icu.util.ULocale;
import fr.ricochet.rules.RuleBook;
import fr.ricochet.value.Language;
import fr.ricochet.value.NetworkId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One finding per problem: the same message at the same span with the same fixes on several networks becomes
 * one finding that names them all ("Sur X et Mastodon, ..."). The network mark {@link Wording} left in the
 * texts is replaced by the networks' names, listed the language's way.
 */
final class NetworkMerge {

    private static final ListFormatter FRENCH = ListFormatter.getInstance(ULocale.FRENCH);
    private static final ListFormatter ENGLISH = ListFormatter.getInstance(ULocale.ENGLISH);

    private NetworkMerge() {
    }

    private record Key(String code, Severity severity, String message, int offset, int length,
            List<Suggestion> suggestions) {
    }

    static List<Finding> merge(List<Finding> findings, RuleBook rules, Language language) {
        Map<Key, List<Finding>> groups = new LinkedHashMap<>();
        for (Finding finding : findings) {
            groups.computeIfAbsent(new Key(finding.code(), finding.severity(), finding.message(), finding.offset(),
                    finding.length(), finding.suggestions()), k -> new ArrayList<>()).add(finding);
        }
        List<Finding> merged = new ArrayList<>();
        for (List<Finding> group : groups.values()) {
            List<NetworkId> networks = group.stream().flatMap(f -> f.networks().stream()).distinct().toList();
            String names = (language == Language.EN ? ENGLISH : FRENCH).format(networks.stream()
                    .map(id -> rules.network(id) == null ? id.value() : rules.network(id).name()).toList());
            Finding first = group.get(0);
            merged.add(first.withNetworks(networks, fill(first.message(), names),
                    first.suggestions().stream().map(s -> s.withText(fill(s.text(), names))).toList()));
        }
        return merged;
    }

    private static String fill(String text, String names) {
        return Objects.requireNonNullElse(text, "").replace(Wording.NETWORK, names);
    }
}
