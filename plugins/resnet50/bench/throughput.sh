#!/bin/sh
# Throughput of resnet50 to layer4 at 224 px: DJL/libtorch (this plugin) against PyTorch on the same
# threads, batch and images, alternating REPS times (the machine is shared: compare medians).
# Run from the repository root after building the module:
#   mvn -B -q -o -pl plugins/resnet50 install -DskipTests
#   sh plugins/resnet50/bench/throughput.sh [THREADS] [BATCH] [IMAGES] [REPS]
set -e
THREADS=${1:-2}; BATCH=${2:-16}; IMAGES=${3:-64}; REPS=${4:-3}
echo "# $(date -u +%FT%TZ) $(nproc) cores, load: $(cut -d' ' -f1-3 /proc/loadavg)"
i=0
while [ "$i" -lt "$REPS" ]; do
  /usr/bin/python3 plugins/resnet50/bench/torch_throughput.py "$THREADS" "$BATCH" "$IMAGES"
  mvn -B -q -o -pl plugins/resnet50 surefire:test -Dtest=ThroughputBench -Dbrainalign.bench=true \
    -Dbench.threads="$THREADS" -Dbench.batch="$BATCH" -Dbench.images="$IMAGES" \
    -Dsurefire.failIfNoSpecifiedTests=false | grep -a images/s | sed 's/\x1b\[[0-9;]*m//g'
  i=$((i + 1))
done
echo "# load after: $(cut -d' ' -f1-3 /proc/loadavg)"
