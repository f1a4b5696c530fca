#!/usr/bin/env python3
"""Full-size benchmark data (issue #8): a float16 feature store the size of ResNet50 layer1 for one
NSD subject, and float32 responses. Not committed (~16 GB).

    /usr/bin/python3 bench/python/make_fullsize.py DIR [N P Q]   (default 10000 802816 7000)
"""
import os
import sys

import numpy as np

d = sys.argv[1]
n, p, q = (int(v) for v in sys.argv[2:5]) if len(sys.argv) > 4 else (10000, 802816, 7000)
os.makedirs(d, exist_ok=True)
rng = np.random.default_rng(3)
k = 64
z = (rng.standard_normal((n, k)) * (np.arange(1, k + 1) ** -0.5)).astype(np.float32)
x = np.lib.format.open_memmap(os.path.join(d, "x.npy"), mode="w+", dtype="<f2", shape=(n, p))
w = rng.standard_normal((k, p), dtype=np.float32)
for start in range(0, n, 250):
    stop = min(n, start + 250)
    block = z[start:stop] @ w
    block += rng.standard_normal((stop - start, p), dtype=np.float32)
    x[start:stop] = block.astype(np.float16)
x.flush()
del x
y = z @ rng.standard_normal((k, q), dtype=np.float32) + rng.standard_normal((n, q), dtype=np.float32)
np.save(os.path.join(d, "y.npy"), y.astype("<f4"))
