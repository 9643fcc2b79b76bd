#!/usr/bin/env bash
# Runs the evaluation corpus (src/test/resources/eval) and prints precision, recall, mean score per band,
# nudges on sensitive posts and Spearman's rho. Usage: bash src/test/eval/evaluate.sh [--details] [--no-grammar]
set -euo pipefail
cd "$(dirname "$0")/../../.."
mvn -B -ntp -q test-compile dependency:build-classpath -Dmdep.outputFile=target/eval-classpath.txt -Dmdep.includeScope=test
java -cp "target/test-classes:target/classes:$(cat target/eval-classpath.txt)" fr.ricochet.eval.EvaluateCorpus "$@"
