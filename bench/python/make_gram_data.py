"""Writes a float32 (n, p) feature matrix x.npy for the Gram-stage benchmark, in row chunks.

usage: /usr/bin/python3 bench/python/make_gram_data.py OUT_DIR N P
Non-negative, correlated columns (like ReLU activations), seeded.
"""
import sys

import numpy as np

out, n, p = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
rng = np.random.default_rng(0)
x = np.lib.format.open_memmap(out + "/x.npy", mode="w+", dtype="<f4", shape=(n, p))
basis = rng.standard_normal((50, p), dtype=np.float32)
for r0 in range(0, n, 100):
    r1 = min(n, r0 + 100)
    z = rng.standard_normal((r1 - r0, 50), dtype=np.float32) @ basis
    z += rng.standard_normal((r1 - r0, p), dtype=np.float32)
    x[r0:r1] = np.maximum(z, 0)
x.flush()
