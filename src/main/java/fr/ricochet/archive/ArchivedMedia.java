package fr.ricochet.archive;

import fr.ricochet.request.MediaType;

/** A picture, video or GIF attached to a post, with its alternative text (null when it has none). */
public record ArchivedMedia(MediaType type, String altText) {
}
