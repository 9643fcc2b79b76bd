#!/usr/bin/env bash
# Fault scenarios of issue 10 against a real server process, over loopback, bounded in connections and time (not
# a test: it prints figures, the regular tests hold the behaviour). Builds the jar and the test classes, then runs
# fr.ricochet.bench.FaultProbe with the README's Java options.
# Usage: bash src/test/bench/faults.sh [slow] [cors] [fairness] [kill]   (all four by default)
set -euo pipefail
cd "$(dirname "$0")/../../.."
[ -f target/ricochet.jar ] && [ "${RICOCHET_BENCH_SKIP_BUILD:-}" = 1 ] || mvn -B -ntp -q package -DskipTests
mvn -B -ntp -q test-compile dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt \
  -Dmdep.includeScope=test
# The same options as the README's start command (see "Memory" in the README).
export RICOCHET_PROBE_JAVA_OPTS=${RICOCHET_PROBE_JAVA_OPTS:-"-Xmx512m -XX:+UseSerialGC"}
echo "Machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg); server options: $RICOCHET_PROBE_JAVA_OPTS"
java -cp "target/test-classes:target/classes:$(cat target/bench-classpath.txt)" fr.ricochet.bench.FaultProbe "$@"
