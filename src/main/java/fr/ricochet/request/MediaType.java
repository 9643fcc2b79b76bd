package fr.ricochet.request;

import java.util.Locale;

public enum MediaType {
    IMAGE, VIDEO, GIF;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
