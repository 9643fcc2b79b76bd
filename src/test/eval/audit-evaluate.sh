#!/usr/bin/env bash
# Audits the account archetypes (src/test/resources/eval/accounts) and prints, per account, the verdict and each
# signal as expected and as found, then signal precision and recall, verdict accuracy and the planted effects found.
# Usage: bash src/test/eval/audit-evaluate.sh [--details]
set -euo pipefail
cd "$(dirname "$0")/../../.."
mvn -B -ntp -q test-compile dependency:build-classpath -Dmdep.outputFile=target/eval-classpath.txt -Dmdep.includeScope=test
java -cp "target/test-classes:target/classes:$(cat target/eval-classpath.txt)" fr.ricochet.audit.eval.AuditEvaluation "$@"
