#!/usr/bin/env bash
# Benchmark of the sparse-random-projection reducer at ResNet50 layer1 size, Java then Python.
# Usage, from plugins/sparse-random-projection after `mvn ... install`: bench/bench.sh [batch] [reps]
set -euo pipefail
cd "$(dirname "$0")/.."
echo "== Java (this plugin)"
bench/run-java.sh -Xmx6g org.brainalign.plugins.srp.SrpBenchmark "${1:-32}" "${2:-5}"
echo "== Python reference (scikit-learn SparseRandomProjection, torchvision ResNet50 forward)"
/usr/bin/python3 bench/bench_reference.py "${1:-32}" "${2:-5}"
