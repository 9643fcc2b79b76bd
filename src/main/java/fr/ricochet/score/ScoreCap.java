package fr.ricochet.score;

/**
 * The ceiling a finding puts on the score, whatever else the draft does well: a post the network refuses, a
 * bought or baited audience. {@code points} is what the cap took off the breakdown's sum; {@code refused} says the
 * capping finding is an error, one the network will not let through as it stands.
 */
public record ScoreCap(int max, String rule, String code, int points, boolean refused) {
}
