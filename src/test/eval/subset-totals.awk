# The totals of audit-evaluate.sh over some of the archetypes only, from its printed output; the same figures as
# EvaluationTotals when every id is given. Usage:
#   bash src/test/eval/audit-evaluate.sh > out.txt && awk -v IDS=id1,id2 -f src/test/eval/subset-totals.awk out.txt
BEGIN { n = split(IDS, a, ","); for (i = 1; i <= n; i++) want[a[i]] = 1 }
/^[a-z0-9-]+ \(/ { on = ($1 in want); if (on) accounts++ ; next }
/^totals/ { on = 0 }
!on { next }
$1 == "verdict" { right += ($NF == "ok") }
$2 == "expected" && $1 != "verdict" {
  if ($3 == "flagged") { expected++; tp += ($NF == "ok") }
  if ($0 ~ /FALSE FLAG$/) fp++
}
/^  effect / { planted++; found += ($NF == "found") }
/^  no effect / { none++; false_effects += ($0 ~ /FALSE EFFECT/) }
END {
  printf "accounts %d\nsignal precision %.1f %% (%d/%d)\nsignal recall %.1f %% (%d/%d)\nverdict accuracy %.1f %% (%d/%d)\neffects found %d/%d\nfalse effects %d of %d\n",
    accounts, 100*tp/(tp+fp), tp, tp+fp, 100*tp/expected, tp, expected, 100*right/accounts, right, accounts, found, planted, false_effects, none
}
