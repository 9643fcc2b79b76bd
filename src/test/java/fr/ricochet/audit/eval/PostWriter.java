package fr.ricochet.audit.eval;

import fr.ricochet.archive.ArchiveFormat;
import fr.ricochet.archive.ArchivedMedia;
import fr.ricochet.archive.ArchivedPost;
import fr.ricochet.archive.Engagement;
import fr.ricochet.archive.PostType;
import fr.ricochet.request.MediaType;
import java.time.Duration;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Writes an archetype's posts: their words, entities, app, picture and engagement. */
final class PostWriter {

    private static final Pattern HASHTAG = Pattern.compile("#([\\p{L}\\p{N}_]+)");
    private static final Pattern MENTION = Pattern.compile("@([A-Za-z0-9_]+)");
    private static final Pattern URL = Pattern.compile("https?://\\S+");
    private static final double DAYS_A_MONTH = 30.44;

    private final AccountSpec spec;
    private final Random random;
    private final TextFiller filler;

    PostWriter(AccountSpec spec, Random random) {
        this.spec = spec;
        this.random = random;
        this.filler = new TextFiller(spec.texts().slots(), spec.links().sites(), random);
    }

    ArchivedPost original(PostClock.Sending sending, double progress) {
        ZonedDateTime at = sending.at();
        String template = template(at);
        StringBuilder text = new StringBuilder(filler.fill(template, at));
        if (!template.contains("{link}") && random.nextDouble() < spec.links().share()) {
            text.append(' ').append(filler.link());
        }
        for (String tag : hashtags()) {
            text.append(" #").append(tag);
        }
        AccountSpec.Images images = spec.images();
        double imageShare = images.share() + (images.shareEnd() - images.share()) * progress;
        List<ArchivedMedia> media = random.nextDouble() < imageShare
                ? List.of(new ArchivedMedia(MediaType.IMAGE, random.nextDouble() < images.altShare()
                        ? "Photo de " + spec.handle() + " illustrant la publication" : null))
                : List.of();
        String source = sending.scheduled() ? spec.scheduler().source() : source();
        ArchivedPost post = post(at, text.toString().strip(), PostType.ORIGINAL, media, source, null);
        return withEngagement(post, engagement(post));
    }

    ArchivedPost reply(ZonedDateTime at, String person) {
        List<String> replies = spec.texts().replies();
        String text = "@" + person + " " + filler.fill(replies.get(random.nextInt(replies.size())), at);
        String source = spec.replySource() != null ? spec.replySource() : source();
        ArchivedPost post = post(at, text, PostType.REPLY, List.of(), source, person);
        return withEngagement(post, figures(Math.round(random.nextDouble() * 3), 0));
    }

    ArchivedPost repost(ZonedDateTime at, String person) {
        String text = "RT @" + person + ": " + filler.fill(template(at), at);
        return post(at, text, PostType.REPOST, List.of(), source(), null);
    }

    static ArchivedPost withId(ArchivedPost p, String id) {
        return new ArchivedPost(id, p.createdAt(), p.text(), p.type(), p.media(), p.hashtags(), p.mentions(),
                p.urls(), p.source(), p.inReplyTo(), p.engagement());
    }

    private static ArchivedPost withEngagement(ArchivedPost p, Engagement engagement) {
        return new ArchivedPost(p.id(), p.createdAt(), p.text(), p.type(), p.media(), p.hashtags(), p.mentions(),
                p.urls(), p.source(), p.inReplyTo(), engagement);
    }

    private ArchivedPost post(ZonedDateTime at, String text, PostType type, List<ArchivedMedia> media, String source,
            String inReplyTo) {
        return new ArchivedPost("", at.toInstant(), text, type, media, all(HASHTAG, text), all(MENTION, text),
                all(URL, text), source, inReplyTo, Engagement.NONE);
    }

    /** A template by weight among those allowed on the post's day (a weekly series only on its day). */
    private String template(ZonedDateTime at) {
        List<AccountSpec.Template> allowed = spec.texts().templates().stream()
                .filter(t -> t.days().contains(at.getDayOfWeek())).toList();
        if (allowed.isEmpty()) {
            throw new IllegalStateException(spec.id() + ": no template allowed on " + at.getDayOfWeek());
        }
        double pick = random.nextDouble() * allowed.stream().mapToDouble(AccountSpec.Template::weight).sum();
        for (AccountSpec.Template template : allowed) {
            pick -= template.weight();
            if (pick < 0) {
                return template.text();
            }
        }
        return allowed.get(allowed.size() - 1).text();
    }

    private List<String> hashtags() {
        AccountSpec.Hashtags spec = this.spec.hashtags();
        int count = spec.min() + random.nextInt(spec.max() - spec.min() + 1);
        List<String> pool = new ArrayList<>(spec.pool());
        List<String> tags = new ArrayList<>();
        while (tags.size() < count && !pool.isEmpty()) {
            tags.add(pool.remove(random.nextInt(pool.size())));
        }
        return tags;
    }

    /** The app that sent a post the person sent themself, by the spec's weights; null when the format has none. */
    private String source() {
        Map<String, Double> sources = spec.sources();
        if (sources.isEmpty()) {
            return null;
        }
        double pick = random.nextDouble() * sources.values().stream().mapToDouble(Double::doubleValue).sum();
        for (Map.Entry<String, Double> entry : sources.entrySet()) {
            pick -= entry.getValue();
            if (pick < 0) {
                return entry.getKey();
            }
        }
        return sources.keySet().iterator().next();
    }

    /** The original's likes and reposts: the account's base, its growth, noise and each planted effect it has. */
    private Engagement engagement(ArchivedPost post) {
        AccountSpec.EngagementSpec engagement = spec.engagement();
        if (engagement == null) {
            return Engagement.NONE;
        }
        double months = Duration.between(spec.start().atZone(ZoneId.of(spec.livesIn())).toInstant(),
                post.createdAt()).toHours() / 24.0 / DAYS_A_MONTH;
        double expected = engagement.base() * Math.pow(1 + engagement.growthPerMonth(), Math.max(0, months));
        for (Map.Entry<String, Double> effect : engagement.effects().entrySet()) {
            if (EngagementFeatures.has(post, effect.getKey())) {
                expected *= effect.getValue();
            }
        }
        double sigma = engagement.noise();
        long likes = Math.round(expected * Math.exp(sigma * random.nextGaussian() - sigma * sigma / 2));
        long reposts = Math.round(expected * engagement.repostRatio()
                * Math.exp(sigma * random.nextGaussian() - sigma * sigma / 2));
        return figures(likes, reposts);
    }

    /** Likes and reposts where the format keeps them (X and the neutral files); none for the others. */
    private Engagement figures(long likes, long reposts) {
        boolean kept = spec.format() == ArchiveFormat.X || spec.format() == ArchiveFormat.CSV
                || spec.format() == ArchiveFormat.JSONL;
        return kept && spec.engagement() != null ? new Engagement(likes, reposts, null, null) : Engagement.NONE;
    }

    private static List<String> all(Pattern pattern, String text) {
        List<String> found = new ArrayList<>();
        Matcher matcher = pattern.matcher(text);
        while (matcher.find()) {
            found.add(matcher.groupCount() > 0 ? matcher.group(1) : matcher.group());
        }
        return found;
    }
}
