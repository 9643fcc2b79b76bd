package fr.ricochet.check;

import fr.ricochet.rules.PostKind;

/** The kind of post a draft was taken for, and whether Ricochet read it from the draft or the author said it. */
public record DraftKind(PostKind kind, boolean detected) {

    public String id() {
        return kind.id();
    }
}
