#!/usr/bin/env bash
# Runs a main class of this module's test classpath (after `mvn ... install` or test-compile).
# Usage, from plugins/simulated: bench/run-java.sh [JVM options] CLASS [ARGS...]
set -euo pipefail
cd "$(dirname "$0")/.."
if [[ ! -f target/test-classpath.txt || pom.xml -nt target/test-classpath.txt ]]; then
  mvn -B -q -o dependency:build-classpath -Dmdep.includeScope=test \
    -Dmdep.outputFile=target/test-classpath.txt >/dev/null
fi
exec java -cp "target/classes:target/test-classes:$(cat target/test-classpath.txt)" "$@"
