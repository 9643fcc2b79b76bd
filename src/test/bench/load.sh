#!/usr/bin/env bash
# Load benchmark of POST /api/v1/analyze (not a test: nothing here asserts on time). Builds the jar,
# starts the server with the rate limit off and the README's Java options, warms it up, then drives it with wrk at
# each number of connections using the drafts of drafts.jsonl, and prints good answers/s, p50/p99 latency, the 503s
# and the server's resident memory after each step.
# Usage: bash src/test/bench/load.sh [seconds-per-run, default 20] [connections..., default 1 8 32 64 256]
set -euo pipefail
cd "$(dirname "$0")/../../.."
bench=src/test/bench
seconds=${1:-20}
shift || true
steps=("$@"); [ ${#steps[@]} -gt 0 ] || steps=(1 8 32 64 256)
# The same options as the README's start command (see "Memory" in the README).
java_opts=${RICOCHET_BENCH_JAVA_OPTS:-"-Xmx512m -XX:+UseSerialGC"}
port=${RICOCHET_BENCH_PORT:-7090}

if ! command -v wrk >/dev/null; then
  echo "Installing wrk"
  sudo=""; [ "$(id -u)" -eq 0 ] || sudo="sudo"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq wrk >/dev/null
fi

[ -f target/ricochet.jar ] && [ "${RICOCHET_BENCH_SKIP_BUILD:-}" = 1 ] || mvn -B -ntp -q package -DskipTests

# The access log is one line per request on stderr: keep it, in a file, as in production.
log=$(mktemp /tmp/ricochet-bench.XXXXXX.log)
started=$(date +%s%N)
RICOCHET_RATE_LIMIT_PER_MINUTE=0 java $java_opts -jar target/ricochet.jar serve --port "$port" 2>"$log" &
server=$!
trap 'kill -TERM $server 2>/dev/null || true; wait $server 2>/dev/null || true; rm -f "$log"' EXIT
for _ in $(seq 1 100); do
  curl -sf "http://127.0.0.1:$port/health" >/dev/null && break
  sleep 0.2
done
curl -sf "http://127.0.0.1:$port/health" >/dev/null || { echo "server did not start"; cat "$log"; exit 1; }
listening=$(( ($(date +%s%N) - started) / 1000000 ))
# Spelling and grammar load in the background: measure once they are ready (or off, RICOCHET_GRAMMAR=off).
for _ in $(seq 1 600); do
  curl -sf "http://127.0.0.1:$port/health" | grep -q '"grammar":"loading"' || break
  sleep 0.2
done
grammar=$(curl -sf "http://127.0.0.1:$port/health" | sed 's/.*"grammar":"\([a-z]*\)".*/\1/')
echo "Start: answering after $listening ms; spelling and grammar $grammar after $(( ($(date +%s%N) - started) / 1000000 )) ms"

echo "Load average before: $(cut -d' ' -f1-3 /proc/loadavg) (the cores may be shared with other work)"
echo "Machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), $(java -version 2>&1 | head -1)"
echo "Warm-up: 15 s at 8 connections"
wrk -t2 -c8 -d15s -s "$bench/analyze.lua" "http://127.0.0.1:$port" >/dev/null
rss() { awk '/^VmRSS/ {printf "%d MiB", $2/1024}' "/proc/$server/status"; }
echo "Java options: $java_opts; resident memory after start and warm-up: $(rss)"
for connections in "${steps[@]}"; do
  threads=$(( connections < 2 ? 1 : 2 ))
  printf 'connections=%-4s ' "$connections"
  result=$(wrk -t"$threads" -c"$connections" -d"${seconds}s" --timeout 10s -s "$bench/analyze.lua" \
    "http://127.0.0.1:$port" | grep '^RESULT' | sed 's/^RESULT //')
  echo "$result rss=$(rss)"
done
# Where the time goes: the engine's own analysis time, as the server measured it, against request count.
curl -s "http://127.0.0.1:$port/metrics" | awk '
  /^ricochet_analysis_seconds_sum/ {sum=$2} /^ricochet_analysis_seconds_count/ {count=$2}
  END {if (count) printf "Mean analysis time inside the server: %.2f ms over %d analyses\n", 1000*sum/count, count}'
echo "Load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
