#!/bin/bash
# Real-size NSD read benchmark. Run from the repository root as root (drops the page cache):
#   bash plugins/nsd/bench/run_bench.sh [WORKDIR]
# Writes a ~1.1 GB session file (plus 39 symbolic links to it) under WORKDIR (default
# /tmp/nsdbench), prints the figures, and deletes the data.
set -euo pipefail
W=${1:-/tmp/nsdbench}
B=plugins/nsd/bench
mkdir -p "$W"
mvn -B -q -o -f plugins/nsd/pom.xml -Dmaven.multiModuleProjectDirectory="$PWD" install -DskipTests
mvn -B -q -o -f plugins/nsd/pom.xml -Dmaven.multiModuleProjectDirectory="$PWD" \
  dependency:build-classpath -Dmdep.outputFile="$W/cp.txt" -Dmdep.includeScope=test >/dev/null
CP="plugins/nsd/target/classes:$(cat "$W/cp.txt")"
R="$W/root"
[ -f "$R/nsddata_betas/ppdata/subj01/func1pt8mm/betas_fithrf_GLMdenoise_RR/betas_session01.hdf5" ] \
  || /usr/bin/python3 $B/make_session.py "$R" --sessions 40
S="$R/nsddata_betas/ppdata/subj01/func1pt8mm/betas_fithrf_GLMdenoise_RR/betas_session01.hdf5"
drop() { sync; echo 3 > /proc/sys/vm/drop_caches; }
echo "== machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)"
echo "== raw: cat of the whole session file ($(stat -c %s "$S") bytes)"
drop; /usr/bin/time -f "cold cat: %e s" cat "$S" > /dev/null
/usr/bin/time -f "warm cat: %e s" cat "$S" > /dev/null
for roi in prf-visualrois nsdgeneral; do
  echo "== $roi: Java, one session (first line after dropping the page cache)"
  drop; java -cp "$CP" $B/Phases.java "$R" $roi chunks 3
  java -cp "$CP" $B/Phases.java "$R" $roi planes 2
  echo "== $roi: h5py, one session, warm"
  labels=$([ $roi = nsdgeneral ] && echo 1 || echo 1,2,3,4,5,6,7)
  /usr/bin/python3 $B/h5py_reference.py "$R" $roi $labels chunks
  /usr/bin/python3 $B/h5py_reference.py "$R" $roi $labels planes
done
echo "== whole subject, 40 sessions (links to one file: warm after the first), end to end"
for roi in V1-V4 nsdgeneral; do
  java -Xmx3g -cp "$CP" $B/NsdBench.java "$R" $roi 1-40 auto
done
rm -rf "$R"
