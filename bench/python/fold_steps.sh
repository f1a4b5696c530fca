#!/usr/bin/env bash
# Wall and CPU seconds of each step of one dual-route fold (cross-decomposition): pivoted Cholesky
# (the default fold-factor) against dsyevd (fold-factor=eigen) of K_tr, the test coordinates, the
# product A_xᵀ A_y and its SVD, at the given training sizes and q / n_tr fractions. The measured
# sizes feed the n³ projections in docs/benchmarks/compare.md.
#   bench/python/fold_steps.sh [NTRAIN,... [QFRAC,...]]     (default 1800 1.67)
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
SIZES=${1:-1800}; QFRAC=${2:-1.67}
DATA="${BENCH_DIR:-$ROOT/target/bench-fold}"
mkdir -p "$DATA"
CP_FILE="$DATA/classpath.txt"
(cd "$ROOT" && mvn -B -q -o ${MVN_ARGS:-} -pl plugins/cross-decomposition -am test-compile \
  dependency:build-classpath -Dmdep.outputFile="$CP_FILE" -Dmdep.includeScope=test > /dev/null)
echo "uptime: $(uptime)"
M="$ROOT/plugins/cross-decomposition/target"
java ${JAVA_OPTS:--Xmx8g} -cp "$M/test-classes:$M/classes:$(cat "$CP_FILE")" \
  org.brainalign.plugins.crossdecomposition.FoldBenchmark "$SIZES" "$QFRAC"
echo "uptime: $(uptime)"
