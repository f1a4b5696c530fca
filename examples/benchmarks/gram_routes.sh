#!/usr/bin/env bash
# rsa, encoding and versa with and without a cached centred Gram matrix of x (#8), in process on
# seeded in-memory data (x n × p standard normal, y n × q): first each metric on the features (its
# own Gram matrix per call), then the Gram matrix once (what a study caches per layer), then each
# metric on it. Prints BENCH lines; docs/benchmarks.md records them.
#   examples/benchmarks/gram_routes.sh [N P Q [REPS]]     (default 2000 100000 500 1)
# Needs the plugins built (mvn -B -q -o -pl plugins/rsa,plugins/encoding -am install -DskipTests).
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
N=${1:-2000}; P=${2:-100000}; Q=${3:-500}; REPS=${4:-1}
echo "uptime: $(uptime)"
cd "$ROOT" && mvn -B -q -o -pl plugins/rsa,plugins/encoding test \
  -Dtest='RsaBenchmark,EncodingBenchmark' -Dsurefire.failIfNoSpecifiedTests=false \
  -Dbrainalign.bench=true -Dbench.n="$N" -Dbench.p="$P" -Dbench.q="$Q" -Dbench.reps="$REPS" \
  -DargLine="${BENCH_JVM:--Xmx10g} -Djava.awt.headless=true" | grep BENCH
echo "uptime: $(uptime)"
