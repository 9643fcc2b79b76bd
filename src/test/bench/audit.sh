#!/usr/bin/env bash
# Benchmark of `ricochet audit` on a synthetic X archive of 50,000 posts (PlantedAccounts.large, written in X's
# real format by SyntheticArchives): wall time and peak resident memory of the whole command, JVM start, reading
# the zip, every original post through the engine and the audit's statistics included, on the machine's cores.
# Usage: bash src/test/bench/audit.sh [POSTS] [extra java options]   (default 50000; the README quotes its figures)
set -euo pipefail
cd "$(dirname "$0")/../../.."
posts="${1:-50000}"
shift || true
mvn -B -ntp -q package -DskipTests
mvn -B -ntp -q test-compile dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt -Dmdep.includeScope=test
archive="target/bench-x-archive-${posts}.zip"
java -cp "target/test-classes:target/classes:$(cat target/bench-classpath.txt)" fr.ricochet.bench.AuditArchiveWriter \
  "$posts" "$archive"
for run in 1 2 3; do
  /usr/bin/time -f "run $run: %e s wall, %M KiB max RSS, %P CPU" \
    java -Xmx768m -XX:+UseSerialGC "$@" -jar target/ricochet.jar audit "$archive" --json > target/bench-audit.json
done
python3 - <<'PY'
import json
report = json.load(open("target/bench-audit.json"))
print("posts", report["posts"], "verdict", report["verdict"]["value"],
      "calibration", report["calibration"]["available"], len(report["calibration"]["effects"]), "effects")
PY
