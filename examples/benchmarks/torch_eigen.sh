#!/usr/bin/env bash
# The symmetric eigendecomposition of a centred n × n Gram matrix (the dual route's per-fold step)
# by torch eigh (eigen-backend torch; CPU unless a CUDA libtorch is configured) against LAPACK
# dsyevd (the default), best of REPS.
#   examples/benchmarks/torch_eigen.sh [SIZES [REPS [DEVICE]]]     (default 2000,4000 2 auto)
# Needs plugins/torch-compute built with its test classes
# (mvn -B -o -pl plugins/torch-compute -am install -DskipTests; mvn -B -o -pl plugins/torch-compute test-compile).
# For a GPU: PYTORCH_LIBRARY_PATH=/path/to/libtorch PYTORCH_FLAVOR=cu128 ... DEVICE=gpu.
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
SIZES=${1:-2000,4000}; REPS=${2:-2}; DEVICE=${3:-auto}
DATA="${BENCH_DIR:-$ROOT/target/bench-eigen}"
mkdir -p "$DATA"
CP_FILE="$DATA/torch-classpath.txt"
(cd "$ROOT" && mvn -B -q -o ${MVN_ARGS:-} -pl plugins/torch-compute dependency:build-classpath \
  -Dmdep.outputFile="$CP_FILE" -Dmdep.includeScope=test > /dev/null)
echo "uptime: $(uptime)"
M="$ROOT/plugins/torch-compute/target"
java ${JAVA_OPTS:--Xmx6g} -cp "$M/test-classes:$M/classes:$(cat "$CP_FILE")" \
  org.brainalign.plugins.torchcompute.TorchEigenBenchmark "$SIZES" "$REPS" "$DEVICE"
echo "uptime: $(uptime)"
