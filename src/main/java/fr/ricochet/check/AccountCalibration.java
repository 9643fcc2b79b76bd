package fr.ricochet.check;

import fr.ricochet.rules.Localized;
import fr.ricochet.rules.NetworkProfile;
import fr.ricochet.rules.PostingWindow;
import fr.ricochet.rules.Range;
import fr.ricochet.rules.RuleBook;
import fr.ricochet.rules.TipSpec;
import fr.ricochet.rules.profile.CalibrationProfile;
import fr.ricochet.rules.profile.ProfileEffect;
import fr.ricochet.rules.profile.ProfileWindow;
import fr.ricochet.value.Audience;
import fr.ricochet.value.NetworkId;
import java.time.Instant;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What a calibration profile changes in the advice, on the profile's own network only and only where an effect is
 * significant: a tip's weight scaled by the account's ratio, clamped to [{@value #MIN_SCALE}, {@value #MAX_SCALE}]
 * so that one account's noise can neither silence a tip nor let it drown the others; the hashtag and length bounds
 * where a group did significantly better; the account's own posting windows when the profile has some. Without a
 * profile every network and weight is the studies'.
 */
public final class AccountCalibration {

    static final double MIN_SCALE = 0.5;
    static final double MAX_SCALE = 2;
    /** The tip each measured feature stands for. */
    static final Map<String, String> TIP_OF_FEATURE = Map.of("image", "media", "hashtags", "hashtags",
            "mention", "mentions", "link", "link", "question", "call-to-action", "length", "length");
    private static final String TIMING = "timing";
    /** How many tags a relaxed upper bound allows at most, the top of the studies' range on Instagram. */
    private static final int RELAXED_HASHTAGS = 5;

    private final RuleBook rules;
    private final CalibrationProfile profile;

    private AccountCalibration(RuleBook rules, CalibrationProfile profile) {
        this.rules = rules;
        this.profile = profile;
    }

    /** @param profile the request's calibration profile, or null */
    public static AccountCalibration of(RuleBook rules, CalibrationProfile profile) {
        return new AccountCalibration(rules, profile);
    }

    /** The network as the advice reads it: the account's bounds and windows on the profile's network. */
    public NetworkProfile network(NetworkId id) {
        NetworkProfile studies = rules.network(id);
        if (!calibrates(id)) {
            return studies;
        }
        return studies.calibrated(lengthSpot(studies), hashtagSpot(studies), windows(studies));
    }

    /** Where and how much the tip weighs when the account's data speaks for it on one of these networks; else empty. */
    Optional<TipOutcome.AccountWeight> weight(TipSpec tip, List<NetworkId> networks) {
        if (profile == null || !networks.contains(profile.network())) {
            return Optional.empty();
        }
        NetworkProfile studies = rules.network(profile.network());
        Optional<ProfileEffect> effect = effectFor(tip.id(), studies);
        boolean ownBounds = switch (tip.id()) {
            case "hashtags" -> !hashtagSpot(studies).equals(studies.hashtagSweetSpot());
            case "length" -> !lengthSpot(studies).equals(studies.lengthSweetSpot());
            case TIMING -> !profile.windows().isEmpty();
            default -> false;
        };
        if (effect.isEmpty() && !ownBounds) {
            return Optional.empty();
        }
        double scale = effect.map(e -> Math.max(MIN_SCALE, Math.min(MAX_SCALE, e.ratio()))).orElse(1.0);
        return Optional.of(new TipOutcome.AccountWeight(profile.network(),
                (int) Math.max(1, Math.round(tip.weight() * scale))));
    }

    private boolean calibrates(NetworkId id) {
        return profile != null && profile.network().equals(id);
    }

    /** The significant effect of the group the studies recommend on this network ("with" for a yes-or-no feature). */
    private Optional<ProfileEffect> effectFor(String tipId, NetworkProfile studies) {
        return TIP_OF_FEATURE.entrySet().stream().filter(e -> e.getValue().equals(tipId)).map(Map.Entry::getKey)
                .findFirst().flatMap(feature -> significant(feature, recommendedGroup(feature, studies)));
    }

    private static String recommendedGroup(String feature, NetworkProfile studies) {
        return switch (feature) {
            case "hashtags" -> hashtagGroup(middle(studies.hashtagSweetSpot(), 1));
            case "length" -> lengthGroup(middle(studies.lengthSweetSpot(), 100));
            default -> "with";
        };
    }

    private static int middle(Range range, int fallback) {
        if (range.min() == null && range.max() == null) {
            return fallback;
        }
        int low = range.min() == null ? range.max() : range.min();
        int high = range.max() == null ? low : range.max();
        return (low + high) / 2;
    }

    static String hashtagGroup(int count) {
        return count == 0 ? "0" : count <= 2 ? "1-2" : "3+";
    }

    static String lengthGroup(int characters) {
        return characters < 100 ? "under-100" : characters <= 200 ? "100-200" : "over-200";
    }

    private Optional<ProfileEffect> significant(String feature, String group) {
        return profile.effects().stream()
                .filter(e -> e.feature().equals(feature) && e.group().equals(group) && e.significant()).findFirst();
    }

    /** Whether the account's posts of this group did significantly better than its others. */
    private boolean better(String feature, String group) {
        return significant(feature, group).filter(e -> e.low() > 1).isPresent();
    }

    /** No nudge to add a tag when posts without any did better; room for 3 or more when those did. */
    private Range hashtagSpot(NetworkProfile studies) {
        Range spot = studies.hashtagSweetSpot();
        Integer min = better("hashtags", "0") ? Integer.valueOf(0) : spot.min();
        Integer max = spot.max();
        if (better("hashtags", "3+") && max != null && max < 3) {
            max = studies.hashtagCap() == null ? RELAXED_HASHTAGS : Math.min(studies.hashtagCap(), RELAXED_HASHTAGS);
        }
        return new Range(min, max);
    }

    /** No "too short" note when short posts did better, no "too long" note when long ones did. */
    private Range lengthSpot(NetworkProfile studies) {
        Range spot = studies.lengthSweetSpot();
        return new Range(better("length", "under-100") ? null : spot.min(),
                better("length", "over-200") ? null : spot.max());
    }

    private Map<Audience, List<PostingWindow>> windows(NetworkProfile studies) {
        if (profile.windows().isEmpty()) {
            return studies.windows();
        }
        Localized source = source();
        List<PostingWindow> own = profile.windows().stream().map(w -> window(w, source)).toList();
        // The account's audience is the one its numbers come from, whatever the request says it is.
        Map<Audience, List<PostingWindow>> windows = new EnumMap<>(Audience.class);
        for (Audience audience : Audience.values()) {
            windows.put(audience, own);
        }
        return windows;
    }

    private static PostingWindow window(ProfileWindow window, Localized source) {
        LocalTime to = window.to() == 24 ? LocalTime.MAX : LocalTime.of(window.to(), 0);
        return new PostingWindow(Set.of(window.day()), LocalTime.of(window.from(), 0), to, source);
    }

    /** "les données de votre compte (412 messages, 2024-01 → 2025-11)": what the timing tip names as its source. */
    private Localized source() {
        // French keeps the number with its word, and its thousands together, on one line
        String posts = String.format(java.util.Locale.FRANCE, "%,d", profile.posts()).replace(' ', '\u202F');
        String span = profile.from() == null || profile.to() == null ? ""
                : ", " + month(profile.from()) + " → " + month(profile.to());
        return new Localized(
                "les données de votre compte (" + posts + (profile.posts() == 1 ? "\u00A0message" : "\u00A0messages") + span + ")",
                "your account's own data (" + String.format(java.util.Locale.ENGLISH, "%,d", profile.posts())
                        + (profile.posts() == 1 ? " post" : " posts") + span + ")");
    }

    private YearMonth month(Instant instant) {
        return YearMonth.from(instant.atZone(ZoneId.of(profile.timeZone())));
    }
}
