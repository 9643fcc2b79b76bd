#!/usr/bin/env bash
# Fuzzes one of Ricochet's fuzz targets with Jazzer for a while:
#   bash src/test/fuzz/fuzz.sh entities|lengths|request [MINUTES] [MAVEN ARGUMENTS...]   (10 minutes by default)
# The build runs each target on its committed inputs only (regression mode); this script lets Jazzer mutate them,
# guided by coverage of Ricochet's code and of the library doing the work (twitter-text, Jackson).
# A crash stops the run: Jazzer writes the input as crash-<sha1> into the target's inputs directory
# (src/test/resources/fr/ricochet/.../<Target>Inputs/<method>/), so the build replays it from then on; fix the
# code, give the file a name that says what it holds, commit it. The inputs Jazzer found interesting are kept in
# .cifuzz-corpus/ (not committed) and reused by the next run. At the end, the number of executions is printed.
set -euo pipefail
cd "$(dirname "$0")/../../.."

target=${1:-}
minutes=${2:-10}
# Jazzer's regex roadblocks trace every step of java.util.regex: on twitter-text's expressions (the link one lists
# every top-level domain) they slowed the entity reader's target to 8 inputs a second; without them, about 300.
no_roadblocks='-Djazzer.disabled_hooks=com.code_intelligence.jazzer.sanitizers.RegexRoadblocks'
case "$target" in
  entities) test='fr.ricochet.measure.EntityReaderFuzzTest#entities'; libraries='com.twitter.twittertext.**'
    hooks=$no_roadblocks ;;
  lengths) test='fr.ricochet.measure.LengthCounterFuzzTest#lengths'; libraries='com.twitter.twittertext.**'
    hooks=$no_roadblocks ;;
  request) test='fr.ricochet.request.RequestReaderFuzzTest#read'; libraries='com.fasterxml.jackson.core.**'
    hooks='' ;;
  *) echo "usage: $0 entities|lengths|request [MINUTES]" >&2; exit 2 ;;
esac
if ! [[ "$minutes" =~ ^[1-9][0-9]*$ ]]; then
  echo "MINUTES must be a whole number of minutes, got '$minutes'" >&2; exit 2
fi

log=$(mktemp /tmp/ricochet-fuzz-"$target".XXXXXX.log)
echo "Fuzzing $test for $minutes min; log: $log"
# jazzer.internal.arg.N are the libFuzzer arguments (the first stands for the program name): the last
# -max_total_time wins over the annotation's; -timeout turns an input that takes over 10 s into a finding.
status=0
JAZZER_FUZZ=1 mvn -B -ntp test -Dtest="$test" -Dsurefire.failIfNoSpecifiedTests=false \
  -Djazzer.instrumentation_includes="fr.ricochet.**:$libraries" \
  -Djazzer.internal.arg.0=fuzz -Djazzer.internal.arg.1=-max_total_time=$((minutes * 60)) \
  -Djazzer.internal.arg.2=-timeout=10 $hooks "${@:3}" >"$log" 2>&1 || status=$?

grep -E '^#[0-9]+[[:space:]]+(INITED|DONE)|^Done [0-9]+ runs|crash-|Tests run:' "$log" | tail -8 || true
echo "classes instrumented: $(grep -c 'INFO: Instrumented' "$log" || true)"
if [ "$status" -ne 0 ]; then
  echo "FINDING or failure (exit $status): see $log"
  grep -E 'FuzzTestFinding|Exception|AssertionFailedError|Test unit written' "$log" | head -10 || true
fi
exit "$status"
