package fr.ricochet.score;

import java.util.List;
import java.util.Map;

/** The score out of 100, the per-tip breakdown behind it and the score on each requested network. */
public record Scorecard(int total, List<TipScore> tips, Map<String, Integer> byNetwork) {
}
