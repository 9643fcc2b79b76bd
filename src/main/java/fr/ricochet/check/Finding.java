package fr.ricochet.check;

import com.fasterxml.jackson.annotation.JsonAlias;
import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonInclude;
import fr.ricochet.value.Basis;
import fr.ricochet.value.NetworkId;
import java.util.List;

/**
 * One thing a tip noticed in the draft, at a span of UTF-16 code units (a zero-length span at 0 when it
 * concerns the whole post). {@code code} names the message within the tip and stays stable like the id.
 *
 * @param networks the networks it concerns when it is network-specific (one finding for all of them), else empty
 * @param points the share of the 100 points this finding costs, once the draft is scored (0 for info)
 * @param languageTool for a spelling or grammar finding, LanguageTool's rule as it names it; null for Ricochet's own
 * @param basis whether it rests on the studies or on the account's own data (a calibration profile)
 */
public record Finding(
        String rule,
        String code,
        Severity severity,
        String message,
        int offset,
        int length,
        // Rows stored before findings were merged across networks say "network": "x"; they still read.
        @JsonInclude(JsonInclude.Include.NON_EMPTY) @JsonAlias("network")
        @JsonFormat(with = JsonFormat.Feature.ACCEPT_SINGLE_VALUE_AS_ARRAY) List<NetworkId> networks,
        List<Suggestion> suggestions,
        double points,
        @JsonInclude(JsonInclude.Include.NON_NULL) LanguageToolRule languageTool,
        Basis basis) {

    /**
     * The LanguageTool rule behind a spelling or grammar finding (whose code is the rule's id): its sub-id and
     * description, its category (id and name) and its ITS issue type, which editors colour matches by.
     */
    public record LanguageToolRule(String subId, String description, String category, String categoryName,
            String issueType, String matchType) {
    }

    public Finding {
        networks = networks == null ? List.of() : List.copyOf(networks);
        suggestions = List.copyOf(suggestions);
        basis = basis == null ? Basis.STUDY : basis;
    }

    /** A finding that rests on the studies. */
    public Finding(String rule, String code, Severity severity, String message, int offset, int length,
            List<NetworkId> networks, List<Suggestion> suggestions, double points, LanguageToolRule languageTool) {
        this(rule, code, severity, message, offset, length, networks, suggestions, points, languageTool, Basis.STUDY);
    }

    /** One of Ricochet's own findings. */
    public Finding(String rule, String code, Severity severity, String message, int offset, int length,
            List<NetworkId> networks, List<Suggestion> suggestions, double points) {
        this(rule, code, severity, message, offset, length, networks, suggestions, points, null);
    }

    public Finding withPoints(double cost) {
        return new Finding(rule, code, severity, message, offset, length, networks, suggestions, cost, languageTool,
                basis);
    }

    public Finding withBasis(Basis other) {
        return new Finding(rule, code, severity, message, offset, length, networks, suggestions, points, languageTool,
                other);
    }

    Finding withNetworks(List<NetworkId> ids, String text, List<Suggestion> fixes) {
        return new Finding(rule, code, severity, text, offset, length, ids, fixes, points, languageTool, basis);
    }

    /** Whether it concerns this network: a network-specific finding names it, a whole-post one concerns all. */
    public boolean concerns(NetworkId network) {
        return networks.isEmpty() || networks.contains(network);
    }
}
