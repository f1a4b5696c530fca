#!/usr/bin/env python3
"""Synthetic float32 benchmark data with a known shared subspace.

    /usr/bin/python3 bench/python/make_data.py DIR N P Q [TEST_FRACTION]
writes DIR/x.npy (N x P), DIR/y.npy (N x Q), DIR/train.txt and DIR/test.txt (one split).
"""
import os
import sys

import numpy as np

d, n, p, q = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4])
frac = float(sys.argv[5]) if len(sys.argv) > 5 else 0.1
os.makedirs(d, exist_ok=True)
rng = np.random.default_rng(0)
k = 50
z = rng.standard_normal((n, k)).astype(np.float32) * (np.arange(1, k + 1, dtype=np.float32) ** -0.5)
x = z @ rng.standard_normal((k, p), dtype=np.float32)
x += rng.standard_normal((n, p), dtype=np.float32)
np.save(os.path.join(d, "x.npy"), x)
del x
y = z @ rng.standard_normal((k, q), dtype=np.float32)
y += rng.standard_normal((n, q), dtype=np.float32)
np.save(os.path.join(d, "y.npy"), y)
order = np.random.RandomState(0).permutation(n)
nte = int(round(n * frac))
np.savetxt(os.path.join(d, "train.txt"), np.sort(order[nte:]), fmt="%d")
np.savetxt(os.path.join(d, "test.txt"), np.sort(order[:nte]), fmt="%d")
