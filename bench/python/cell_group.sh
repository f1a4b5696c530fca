#!/usr/bin/env bash
# One cell group after its Gram stage: a wide X (n × 1.5n, 64 planted latent dimensions) against two
# regions (q1, q2 voxels) with FOLDS folds and PERMS permutations, in one JVM; "before" = dsyevd per
# fold, nothing shared (fold-factor=eigen, the previous default), "now" = pivoted Cholesky with X's
# fold factors shared between the regions. Scaled-down stand-in for the full-size cell group of
# docs/benchmarks/compare.md (the Gram stage is measured separately: gram_stage.sh).
#   bench/python/cell_group.sh [N Q1 Q2 FOLDS PERMS [MODES]]   (default 3000 2100 900 8 1000)
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
N=${1:-3000}; Q1=${2:-2100}; Q2=${3:-900}; FOLDS=${4:-8}; PERMS=${5:-1000}; MODES=${6:-before,now}
DATA="${BENCH_DIR:-$ROOT/target/bench-fold}"
mkdir -p "$DATA"
CP_FILE="$DATA/classpath.txt"
(cd "$ROOT" && mvn -B -q -o ${MVN_ARGS:-} -pl plugins/cross-decomposition -am test-compile \
  dependency:build-classpath -Dmdep.outputFile="$CP_FILE" -Dmdep.includeScope=test > /dev/null)
echo "uptime: $(uptime)"
M="$ROOT/plugins/cross-decomposition/target"
java ${JAVA_OPTS:--Xmx6g} -cp "$M/test-classes:$M/classes:$(cat "$CP_FILE")" \
  org.brainalign.plugins.crossdecomposition.CellGroupBenchmark "$N" "$Q1" "$Q2" "$FOLDS" "$PERMS" "$MODES"
echo "uptime: $(uptime)"
