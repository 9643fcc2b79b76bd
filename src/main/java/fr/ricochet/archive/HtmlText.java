package fr.ricochet.archive;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.text.StringEscapeUtils;

/**
 * Mastodon's {@code content} turned into the text its author typed: paragraphs become blank lines, {@code <br>} a
 * line break, every other tag (links, Mastodon's {@code invisible} and {@code ellipsis} spans around long URLs) is
 * dropped and its text kept, and entities are decoded. Mastodon writes this small, regular subset of HTML itself,
 * so a tag reader suffices where a full HTML parser would be a dependency for nothing.
 *
 * @param text the plain text
 * @param links the links the author wrote: anchors other than Mastodon's mentions and hashtags
 */
record HtmlText(String text, List<String> links) {

    private static final Pattern TAG = Pattern.compile("<(/?)([a-zA-Z][a-zA-Z0-9]*)([^>]*)>");
    private static final Pattern HREF = Pattern.compile("\\bhref\\s*=\\s*(\"[^\"]*\"|'[^']*')");
    private static final Pattern CLASS = Pattern.compile("\\bclass\\s*=\\s*(\"[^\"]*\"|'[^']*')");

    static HtmlText of(String html) {
        if (html == null || html.isEmpty()) {
            return new HtmlText("", List.of());
        }
        StringBuilder text = new StringBuilder();
        List<String> links = new ArrayList<>();
        Matcher tag = TAG.matcher(html);
        int last = 0;
        while (tag.find()) {
            text.append(StringEscapeUtils.unescapeHtml4(html.substring(last, tag.start())));
            last = tag.end();
            boolean closing = !tag.group(1).isEmpty();
            switch (tag.group(2).toLowerCase(Locale.ROOT)) {
                case "br" -> text.append('\n');
                case "p" -> {
                    if (!closing && text.length() > 0) {
                        text.append("\n\n");
                    }
                }
                case "a" -> {
                    if (!closing) {
                        link(tag.group(3), links);
                    }
                }
                default -> {
                    // spans and any other tag: their text is kept, the tag dropped
                }
            }
        }
        text.append(StringEscapeUtils.unescapeHtml4(html.substring(last)));
        return new HtmlText(text.toString().strip(), List.copyOf(links));
    }

    /** Mastodon marks its mentions {@code class="u-url mention"} and its hashtags {@code class="mention hashtag"}. */
    private static void link(String attributes, List<String> links) {
        Matcher href = HREF.matcher(attributes);
        if (!href.find()) {
            return;
        }
        Matcher cssClass = CLASS.matcher(attributes);
        if (cssClass.find() && cssClass.group(1).contains("mention")) {
            return;
        }
        String quoted = href.group(1);
        links.add(StringEscapeUtils.unescapeHtml4(quoted.substring(1, quoted.length() - 1)));
    }
}
