#!/usr/bin/env bash
# The centred Gram matrix on the torch backend (DJL/libtorch; CPU unless a CUDA libtorch is
# configured) against the BLAS backend, double and single, on one float32 .npy, best of REPS.
#   examples/benchmarks/torch_gram.sh [N P [REPS [DEVICE]]]     (default 2000 100000 2 auto)
# Needs plugins/torch-compute built with its test classes
# (mvn -B -o -pl plugins/torch-compute -am install -DskipTests; mvn -B -o -pl plugins/torch-compute test-compile).
# For a GPU: PYTORCH_LIBRARY_PATH=/path/to/libtorch PYTORCH_FLAVOR=cu128 ... DEVICE=gpu.
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
N=${1:-2000}; P=${2:-100000}; REPS=${3:-2}; DEVICE=${4:-auto}
DATA="${BENCH_DIR:-$ROOT/target/bench-gram-$N-$P}"
mkdir -p "$DATA"
[ -f "$DATA/x.npy" ] || /usr/bin/python3 "$ROOT/examples/benchmarks/make_gram_data.py" "$DATA" "$N" "$P"
CP_FILE="$DATA/torch-classpath.txt"
(cd "$ROOT" && mvn -B -q -o ${MVN_ARGS:-} -pl plugins/torch-compute dependency:build-classpath \
  -Dmdep.outputFile="$CP_FILE" -Dmdep.includeScope=test > /dev/null)
echo "uptime: $(uptime)"
cat "$DATA/x.npy" > /dev/null   # into the page cache, outside the timings
M="$ROOT/plugins/torch-compute/target"
java ${JAVA_OPTS:--Xmx6g} -cp "$M/test-classes:$M/classes:$(cat "$CP_FILE")" \
  org.brainalign.plugins.torchcompute.TorchGramBenchmark "$DATA/x.npy" "$REPS" "$DEVICE"
echo "uptime: $(uptime)"
