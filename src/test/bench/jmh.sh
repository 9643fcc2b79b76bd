#!/usr/bin/env bash
# JMH benchmark of one analysis of a 280-character French and English draft, without and with spelling and
# grammar (LanguageTool), next to twitter-text's parse alone, on one thread. Usage: bash src/test/bench/jmh.sh [extra JMH options]
set -euo pipefail
cd "$(dirname "$0")/../../.."
mvn -B -ntp -q test-compile dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt -Dmdep.includeScope=test
java -cp "target/test-classes:target/classes:$(cat target/bench-classpath.txt)" org.openjdk.jmh.Main \
  "(Analysis|Grammar)Benchmark" -f 1 -wi 5 -w 2s -i 10 -r 2s -t 1 "$@"
