package fr.ricochet.workshop;

/**
 * A workshop just created. {@code trainerToken} is shown to the trainer once (in their private link) and never
 * again: only its hash is kept.
 */
public record CreatedWorkshop(Workshop workshop, String trainerToken) {
}
