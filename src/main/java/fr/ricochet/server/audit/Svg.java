package fr.ricochet.server.audit;

import java.util.Locale;

/**
 * A small SVG writer: every text and attribute value goes through {@link #escape}, so a handle, a month or a
 * feature name from an archive can never close a tag or open one.
 */
final class Svg {

    private final StringBuilder out = new StringBuilder();

    /** Opens the root with its accessible name and description, which screen readers announce for role=img. */
    Svg(String id, String className, int width, int height, String title, String description) {
        out.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"").append(escape(className))
                .append("\" viewBox=\"0 0 ").append(width).append(' ').append(height)
                .append("\" role=\"img\" aria-labelledby=\"").append(id).append("-title ").append(id)
                .append("-desc\">");
        out.append("<title id=\"").append(id).append("-title\">").append(escape(title)).append("</title>");
        out.append("<desc id=\"").append(id).append("-desc\">").append(escape(description)).append("</desc>");
    }

    /** An element without content; {@code attributes} alternate names and values. */
    Svg element(String name, Object... attributes) {
        open(name, attributes);
        out.append("/>");
        return this;
    }

    /** An element with a tooltip, the figure a sighted reader gets by hovering. */
    Svg titled(String name, String tooltip, Object... attributes) {
        open(name, attributes);
        out.append("><title>").append(escape(tooltip)).append("</title></").append(name).append('>');
        return this;
    }

    Svg text(String content, Object... attributes) {
        open("text", attributes);
        out.append('>').append(escape(content)).append("</text>");
        return this;
    }

    String end() {
        return out.append("</svg>").toString();
    }

    private void open(String name, Object... attributes) {
        out.append('<').append(name);
        for (int i = 0; i + 1 < attributes.length; i += 2) {
            out.append(' ').append(attributes[i]).append("=\"").append(escape(value(attributes[i + 1]))).append('"');
        }
    }

    /** Coordinates with one decimal at most, the same whatever the machine's locale. */
    private static String value(Object value) {
        if (value instanceof Double d) {
            return String.format(Locale.ROOT, "%.1f", d);
        }
        return String.valueOf(value);
    }

    static String escape(String text) {
        StringBuilder escaped = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> escaped.append("&amp;");
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '"' -> escaped.append("&quot;");
                case '\'' -> escaped.append("&#39;");
                default -> {
                    // Control characters other than tab and line breaks are not allowed in XML 1.0 at all.
                    if (c >= 0x20 || c == '\t' || c == '\n' || c == '\r') {
                        escaped.append(c);
                    }
                }
            }
        }
        return escaped.toString();
    }
}
