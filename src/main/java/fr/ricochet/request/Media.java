package fr.ricochet.request;

/** One attachment the post will carry; only its kind and alt text matter to the advice. */
public record Media(MediaType type, String altText) {

    public boolean hasAltText() {
        return altText != null && !altText.isBlank();
    }
}
