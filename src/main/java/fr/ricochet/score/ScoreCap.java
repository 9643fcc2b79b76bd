package fr.ricochet.score;

/**
 * The ceiling a finding puts on the score, whatever else the draft does well: a post the network refuses, a
 * bought or baited audience. {@code points} is what the cap took off the breakdown's sum; {@code refused} says the
 * network will not take the post as it stands (a tip lists one of its findings in {@code refuses}), whichever cap
 * holds the score.
 */
public record ScoreCap(int max, String rule, String code, int points, boolean refused) {
}
