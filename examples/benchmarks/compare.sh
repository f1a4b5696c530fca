#!/usr/bin/env bash
# Whole-process benchmark of `brainalign compare` (full spectrum, one 90/10 split) against the same
# job in scikit-learn's PLSSVD, on the same float32 files. Prints wall time and peak memory of each
# and the largest difference between the two spectra over the well-conditioned ranks.
#   examples/benchmarks/compare.sh [N P Q]     (default 2000 20000 3000)
# EIGEN_TOO=1 also times brainalign with fold-factor=eigen (dsyevd per fold, the previous default).
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
N=${1:-2000}; P=${2:-20000}; Q=${3:-3000}
DATA="${BENCH_DIR:-$ROOT/target/bench-compare-$N-$P-$Q}"
PY=/usr/bin/python3
mkdir -p "$DATA"
[ -f "$DATA/x.npy" ] || $PY "$ROOT/examples/benchmarks/make_data.py" "$DATA" "$N" "$P" "$Q"
"$ROOT/brainalign" --version > /dev/null   # builds on first use, outside the timing
echo "data: n=$N p=$P q=$Q float32 in $DATA; $(nproc) cores"
echo "uptime: $(uptime)"
BRAINALIGN_NO_BUILD=1 /usr/bin/time -f "brainalign: %e s wall, %U s user + %S s sys CPU, %M KB max RSS" "$ROOT/brainalign" compare -q \
  --x "$DATA/x.npy" --y "$DATA/y.npy" --train-index "$DATA/train.txt" \
  --test-index "$DATA/test.txt" --out "$DATA/brainalign" --force > /dev/null
if [ -n "${EIGEN_TOO:-}" ]; then   # the previous fold factorization, for before/after
  BRAINALIGN_NO_BUILD=1 /usr/bin/time -f "brainalign fold-factor=eigen: %e s wall, %U s user + %S s sys CPU, %M KB max RSS" "$ROOT/brainalign" compare -q \
    --x "$DATA/x.npy" --y "$DATA/y.npy" --train-index "$DATA/train.txt" \
    --test-index "$DATA/test.txt" --out "$DATA/brainalign-eigen" --force \
    --metric cross-decomposition:fold-factor=eigen > /dev/null
fi
echo "uptime: $(uptime)"
/usr/bin/time -f "scikit-learn PLSSVD: %e s wall, %U s user + %S s sys CPU, %M KB max RSS" \
  $PY "$ROOT/examples/benchmarks/compare_vs_sklearn.py" "$DATA"
$PY - "$DATA" <<'PYEOF'
import sys, numpy as np
d = sys.argv[1]
a = np.genfromtxt(d + "/brainalign/spectrum.csv", delimiter=",", names=True)
b = np.genfromtxt(d + "/sklearn_spectrum.csv", delimiter=",", names=True)
s = a["singular_value"]
ok = s > 1e-6 * s[0]
r = min(len(a), len(b))
diff = np.abs(a["correlation"][:r] - b["correlation"][:r])[ok[:r]]
print("ranks compared: %d of %d; max |r_brainalign - r_sklearn| = %.3g" % (ok[:r].sum(), r, diff.max()))
PYEOF
echo "uptime: $(uptime)"
