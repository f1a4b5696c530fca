#!/usr/bin/env python3
"""A float32 .npy larger than a 1 GB heap, written in row blocks (not committed; ~3.6 GB).

    /usr/bin/python3 bench/python/make_big.py DIR [N P Q]   (default 2000 450000 300)
writes DIR/x.npy (N x P float32, through numpy.lib.format.open_memmap) and DIR/y.npy (N x Q).
"""
import os
import sys

import numpy as np

d = sys.argv[1]
n, p, q = (int(v) for v in sys.argv[2:5]) if len(sys.argv) > 4 else (2000, 450000, 300)
os.makedirs(d, exist_ok=True)
rng = np.random.default_rng(1)
k = 20
z = rng.standard_normal((n, k)).astype(np.float32)
x = np.lib.format.open_memmap(os.path.join(d, "x.npy"), mode="w+", dtype="<f4", shape=(n, p))
w = rng.standard_normal((k, p), dtype=np.float32)
for start in range(0, n, 100):
    stop = min(n, start + 100)
    x[start:stop] = z[start:stop] @ w + rng.standard_normal((stop - start, p), dtype=np.float32)
x.flush()
del x
y = z @ rng.standard_normal((k, q), dtype=np.float32) + rng.standard_normal((n, q), dtype=np.float32)
np.save(os.path.join(d, "y.npy"), y.astype("<f4"))
