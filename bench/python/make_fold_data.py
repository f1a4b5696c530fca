"""Data of bench/run fold-steps and its reference: a full-rank Gram matrix K = Z Zᵀ / w of a wide
Z (n × w, w = 1.5 n; K float64, n × n) and a region Y (n × q) that shares Z's first 64 columns
plus noise (float64), seeded.
    make_fold_data.py DIR N Q"""
import os
import sys

import numpy as np

d, n, q = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
os.makedirs(d, exist_ok=True)
rng = np.random.default_rng(0)
w = n + n // 2
z = rng.standard_normal((n, w), dtype=np.float32)
k = (z @ z.T).astype(np.float64) / w
k = (k + k.T) / 2
y = z[:, :64].astype(np.float64) @ rng.standard_normal((64, q)) + 3 * rng.standard_normal((n, q))
np.save(os.path.join(d, "y.npy"), y)
np.save(os.path.join(d, "k.npy.tmp.npy"), k)
os.replace(os.path.join(d, "k.npy.tmp.npy"), os.path.join(d, "k.npy"))
