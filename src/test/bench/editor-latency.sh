#!/usr/bin/env bash
# Keystroke-to-redraw time of the editor, and the phone height of its result (not a test: it prints figures).
# Starts the jar on a port of its own unless RICOCHET_BENCH_URL names a running server, then runs
# fr.ricochet.bench.EditorLatency in headless Chromium.
# Usage: bash src/test/bench/editor-latency.sh [latency|height]   (latency by default)
set -euo pipefail
cd "$(dirname "$0")/../../.."
mode=${1:-latency}
[ -f target/ricochet.jar ] && [ "${RICOCHET_BENCH_SKIP_BUILD:-}" = 1 ] || mvn -B -ntp -q package -DskipTests
mvn -B -ntp -q -o test-compile dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt \
  -Dmdep.includeScope=test
url=${RICOCHET_BENCH_URL:-}
if [ -z "$url" ]; then
  port=${RICOCHET_BENCH_PORT:-7091}
  java -Xmx256m -XX:+UseSerialGC -jar target/ricochet.jar serve --port "$port" 2>/dev/null &
  server=$!
  trap 'kill -TERM $server 2>/dev/null || true; wait $server 2>/dev/null || true' EXIT
  for _ in $(seq 1 100); do curl -sf "http://127.0.0.1:$port/health" >/dev/null && break; sleep 0.2; done
  url="http://127.0.0.1:$port"
fi
echo "Machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)"
java -cp "target/test-classes:target/classes:$(cat target/bench-classpath.txt)" fr.ricochet.bench.EditorLatency \
  "$url" "$mode" "${RICOCHET_BENCH_DRAFTS:-../shared/samples/drafts.jsonl}"
