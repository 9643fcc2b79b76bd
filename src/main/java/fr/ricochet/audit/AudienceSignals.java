package fr.ricochet.audit;

import fr.ricochet.archive.ArchivedPost;
import fr.ricochet.archive.Follows;
import fr.ricochet.archive.PostType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The signals read in how the account meets others: the app posting for it, answers, mentions, follow-backs. */
final class AudienceSignals {

    private final SignalContext context;
    private final List<ArchivedPost> all;

    AudienceSignals(SignalContext context) {
        this.context = context;
        this.all = context.all();
    }

    Signal automationSource() {
        AuditRules.AutomationSource rules = context.rules().automationSource();
        String id = RobotSignals.AUTOMATION_SOURCE;
        List<ArchivedPost> known = all.stream().filter(p -> p.source() != null && !p.source().isBlank()).toList();
        if (known.isEmpty()) {
            return new Signal(id, null, false, rules.threshold(), context.text("signal.automation-source.unknown"),
                    List.of());
        }
        if (context.tooFew(known.size())) {
            return context.tooFewSignal(id, rules.threshold(), known.size());
        }
        List<ArchivedPost> automated = new ArrayList<>();
        Set<String> automatedApps = new LinkedHashSet<>();
        Set<String> scheduledApps = new LinkedHashSet<>();
        int scheduled = 0;
        // An account posts from a handful of apps: each is looked up once.
        Map<String, Optional<String>> automatedBySource = new HashMap<>();
        Map<String, Optional<String>> scheduledBySource = new HashMap<>();
        for (ArchivedPost post : known) {
            Optional<String> auto = automatedBySource.computeIfAbsent(post.source(),
                    s -> AppNames.listed(s, rules.automated()));
            Optional<String> planned = scheduledBySource.computeIfAbsent(post.source(),
                    s -> AppNames.listed(s, rules.scheduled()));
            if (auto.isPresent()) {
                automated.add(post);
                automatedApps.add(auto.get());
            } else if (planned.isPresent()) {
                scheduled++;
                scheduledApps.add(planned.get());
            }
        }
        double share = (double) automated.size() / known.size();
        boolean flagged = share >= rules.threshold();
        String message = context.text(flagged ? "signal.automation-source.flagged" : "signal.automation-source.clear",
                "share", share, "count", automated.size(), "apps", list(automatedApps));
        if (scheduled > 0) {
            message += " " + context.text("signal.automation-source.scheduled", "share",
                    (double) scheduled / known.size(), "tools", list(scheduledApps));
        }
        return SignalContext.signal(id, share, flagged, rules.threshold(), message, automated);
    }

    private String list(Set<String> names) {
        return AuditMessages.list(context.language(), names);
    }

    Signal replies() {
        double threshold = context.rules().replies().threshold();
        String id = RobotSignals.REPLIES;
        if (context.tooFew(all.size())) {
            return context.tooFewSignal(id, threshold, all.size());
        }
        List<ArchivedPost> replies = all.stream().filter(p -> p.type() == PostType.REPLY).toList();
        double share = (double) replies.size() / all.size();
        boolean flagged = share < threshold;
        String message = context.text(flagged ? "signal.replies.flagged" : "signal.replies.clear", "share", share,
                "count", replies.size());
        return SignalContext.signal(id, share, flagged, threshold, message, flagged ? context.originals() : replies);
    }

    Signal mentionDiversity() {
        AuditRules.MentionDiversity rules = context.rules().mentionDiversity();
        String id = RobotSignals.MENTION_DIVERSITY;
        String self = context.history().handle() == null ? null : context.history().handle().toLowerCase(Locale.ROOT);
        int mentions = 0;
        Set<String> distinct = new HashSet<>();
        List<ArchivedPost> mentioning = new ArrayList<>();
        for (ArchivedPost post : all) {
            if (post.type() == PostType.REPOST) {
                continue;
            }
            Set<String> named = new HashSet<>();
            post.mentions().forEach(m -> named.add(m.toLowerCase(Locale.ROOT)));
            if (post.inReplyTo() != null) {
                named.add(post.inReplyTo().toLowerCase(Locale.ROOT));
            }
            named.remove(self);
            mentions += named.size();
            distinct.addAll(named);
            if (!named.isEmpty()) {
                mentioning.add(post);
            }
        }
        if (mentions < rules.minimumMentions()) {
            return new Signal(id, null, false, rules.threshold(), context.text("signal.mention-diversity.few",
                    "count", mentions, "minimum", rules.minimumMentions()), List.of());
        }
        double diversity = (double) distinct.size() / mentions;
        boolean flagged = diversity < rules.threshold();
        String message = context.text(flagged ? "signal.mention-diversity.flagged" : "signal.mention-diversity.clear",
                "count", mentions, "distinct", distinct.size());
        return SignalContext.signal(id, diversity, flagged, rules.threshold(), message, flagged ? mentioning : List.of());
    }

    Signal followBack() {
        AuditRules.FollowBack rules = context.rules().followBack();
        String id = RobotSignals.FOLLOW_BACK;
        Follows follows = context.history().follows();
        if (follows == null || !follows.followersKnown() || !follows.followingKnown()) {
            return new Signal(id, null, false, rules.threshold(), context.text("signal.follow-back.unknown"), List.of());
        }
        Set<String> followers = new HashSet<>(follows.followers());
        Set<String> following = new HashSet<>(follows.following());
        if (followers.size() < rules.minimumFollowers()) {
            return new Signal(id, null, false, rules.threshold(), context.text("signal.follow-back.few",
                    "followers", followers.size(), "minimum", rules.minimumFollowers()), List.of());
        }
        long mutual = followers.stream().filter(following::contains).count();
        double share = (double) mutual / followers.size();
        double ratio = (double) following.size() / followers.size();
        boolean flagged = share >= rules.threshold() || ratio >= rules.maxFollowingRatio();
        boolean farm = flagged && ratio >= rules.strongRatio() && followers.size() >= rules.strongFollowers();
        String message = context.text(flagged ? "signal.follow-back.flagged" : "signal.follow-back.clear",
                "share", share, "followers", followers.size(), "following", following.size(), "ratio", ratio);
        return SignalContext.signal(id, share, flagged, rules.threshold(), message, List.of(),
                farm ? Signal.Weight.STRONG : null);
    }
}
