package fr.ricochet.rules;

/** An inclusive sweet spot; a missing bound means "no bound on that side". */
public record Range(Integer min, Integer max) {

    public boolean contains(int value) {
        return (min == null || value >= min) && (max == null || value <= max);
    }
}
