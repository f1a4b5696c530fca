#!/usr/bin/env python3
"""The numpy side of bench/run gram-stage: numpy's own OpenBLAS sgemm/dgemm peak (an m x m x m
GEMM, best of REPS after one untimed) and the centred Gram matrix K = Zc Zc^T of the same float32
.npy in float32 (numpy calls syrk for a @ a.T), best of REPS, column centring outside the timing.

    /usr/bin/python3 bench/python/gram_numpy.py X.npy REPS M
"""
import sys
import time

import numpy as np

path, reps, m = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])


def best(f):
    f()
    times = []
    for _ in range(reps):
        t = time.perf_counter()
        f()
        times.append(time.perf_counter() - t)
    return min(times)


rng = np.random.default_rng(1)
for dtype, name in ((np.float32, "sgemm"), (np.float64, "dgemm")):
    a = rng.standard_normal((m, m)).astype(dtype)
    b = rng.standard_normal((m, m)).astype(dtype)
    print("numpy %s %d^3: %.1f GFLOP/s" % (name, m, 2.0 * m ** 3 / best(lambda: a @ b) / 1e9))
    del a, b
x = np.load(path, mmap_mode="r")
n, p = x.shape
z = np.asarray(x, dtype=np.float32)
z = z - z.mean(0, dtype=np.float64).astype(np.float32)
times = []
for _ in range(reps):
    t = time.perf_counter()
    k = z @ z.T
    times.append(time.perf_counter() - t)
s = min(times)
print("numpy gram single n=%d p=%d: best %.2f s, %.1f GFLOP/s" % (n, p, s, n * (n + 1) * p / s / 1e9))
