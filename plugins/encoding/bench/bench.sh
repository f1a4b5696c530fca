#!/usr/bin/env bash
# Times the baseline metrics through the brainalign CLI next to the Python reference on the same data.
# Usage (from the repository root, after building the plugins and core/app):
#   plugins/encoding/bench/bench.sh [N P Q]      default 1000 20000 500 (x: 160 MB of float64)
# Needs core/app/target/brainalign (the launcher's build) and the plugin jars under plugins/*/target.
set -euo pipefail
N=${1:-1000}; P=${2:-20000}; Q=${3:-500}
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../../.." && pwd)"
DATA="${BENCH_DIR:-/tmp/brainalign-bench}/n${N}_p${P}_q${Q}"
PLUGINS="$DATA/plugins"
mkdir -p "$DATA" "$PLUGINS"
[ -f "$DATA/x.npy" ] || /usr/bin/python3 "$ROOT/plugins/encoding/bench/reference.py" make "$DATA" "$N" "$P" "$Q"
cp "$ROOT"/plugins/{rsa,encoding,cka}/target/*-plugin.jar "$PLUGINS/"
# The freshly built jars of these three plugins are the only plugins loaded.
run() {
  java ${JAVA_OPTS:--Xmx6g} -Dbrainalign.plugins="$PLUGINS" \
    -cp "$ROOT/core/app/target/brainalign/lib/*" org.brainalign.cli.Main "$@"
}
echo "data: n=$N p=$P q=$Q; $(nproc) cores; load average $(cut -d" " -f1-3 /proc/loadavg)"
for m in rsa:save-rdms=false encoding versa cka; do
  rm -rf "$DATA/out"
  TIMEFORMAT="java $m: wall %R s, cpu %U+%S s (JVM start and reading x.npy included)"
  time run compare -q --metric "$m" --x "$DATA/x.npy" --y "$DATA/y.npy" --out "$DATA/out"
done
for m in rsa encoding cka; do
  TIMEFORMAT="python $m: wall %R s, cpu %U+%S s (interpreter start and loading included)"
  time /usr/bin/python3 "$ROOT/plugins/encoding/bench/reference.py" "$m" "$DATA"
done
