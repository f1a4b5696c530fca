#!/usr/bin/env bash
# The Gram stage alone (K = Z Zᵀ of centred float32 features read from .npy), double vs single
# precision, with the machine's sgemm/dgemm peak measured in the same run.
#   examples/benchmarks/gram_stage.sh [N P [REPS]]     (default 2000 200000 2)
# Needs core/engine built with its test classes (mvn -B -q -o -pl core/engine install).
# BASELINE=1 BASELINE_CLASSES=DIR times only the double route with the classes in DIR first on the
# class path (e.g. an older PanelGram and NpyMatrix compiled there), for a before/after figure.
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
N=${1:-2000}; P=${2:-200000}; REPS=${3:-2}
DATA="${BENCH_DIR:-$ROOT/target/bench-gram-$N-$P}"
mkdir -p "$DATA"
[ -f "$DATA/x.npy" ] || /usr/bin/python3 "$ROOT/examples/benchmarks/make_gram_data.py" "$DATA" "$N" "$P"
CP_FILE="$DATA/classpath.txt"
(cd "$ROOT" && mvn -B -q -o -pl core/engine dependency:build-classpath \
  -Dmdep.outputFile="$CP_FILE" -Dmdep.includeScope=test > /dev/null)
echo "uptime: $(uptime)"
cat "$DATA/x.npy" > /dev/null   # into the page cache, outside the timings
java ${JAVA_OPTS:--Xmx4g} -cp "${BASELINE_CLASSES:+$BASELINE_CLASSES:}$ROOT/core/engine/target/test-classes:$ROOT/core/engine/target/classes:$(cat "$CP_FILE")" \
  org.brainalign.engine.gram.GramStageBenchmark "$DATA/x.npy" "$REPS" ${BASELINE:+baseline}
echo "uptime: $(uptime)"
