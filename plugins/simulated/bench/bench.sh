#!/usr/bin/env bash
# Times the generation of the default dataset (240 images of 112 px, 150 voxels per ROI) on 1 and 2
# threads, 3 repetitions each, in one JVM after a warm-up run.
# Usage, from plugins/simulated: bench/bench.sh [dataset options key=value ...]
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -q -o test-compile
bench/run-java.sh org.brainalign.plugins.simulated.GenerationBenchmark "$@"
