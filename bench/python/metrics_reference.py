#!/usr/bin/python3
"""Benchmark data and the Python reference for the baseline metrics (rsa, encoding, versa, cka).

  /usr/bin/python3 bench/python/metrics_reference.py make DIR N P Q   writes DIR/x.npy (N x P), DIR/y.npy (N x Q), seed 0
  /usr/bin/python3 bench/python/metrics_reference.py METRIC DIR       times the numpy/scipy/scikit-learn reference
                                                 (compute only: wall and process CPU seconds)
METRIC: rsa (pdist correlation + spearmanr), encoding (RidgeCV alpha_per_target, KFold(8) shuffled
seed 0, logspace(-2, 6, 17)), cka (linear CKA via Gram matrices).
"""
import sys
import time

import numpy as np


def make(out, n, p, q):
    rng = np.random.RandomState(0)
    x = rng.randn(n, p)
    w = rng.randn(p, q) / np.sqrt(p)
    y = x @ w + rng.randn(n, q)
    np.save(f"{out}/x.npy", x)
    np.save(f"{out}/y.npy", y)


def rsa(x, y):
    from scipy.spatial.distance import pdist
    from scipy.stats import spearmanr
    return spearmanr(pdist(x, "correlation"), pdist(y, "correlation")).correlation


def encoding(x, y):
    from sklearn.linear_model import RidgeCV
    from sklearn.model_selection import KFold
    scores = []
    for tr, te in KFold(8, shuffle=True, random_state=0).split(x):
        pred = RidgeCV(alphas=np.logspace(-2, 6, 17), alpha_per_target=True).fit(x[tr], y[tr]).predict(x[te])
        p = pred - pred.mean(0)
        o = y[te] - y[te].mean(0)
        scores.append(np.mean((p * o).sum(0) / np.sqrt((p * p).sum(0) * (o * o).sum(0))))
    return float(np.mean(scores))


def cka(x, y):
    xc = x - x.mean(0)
    yc = y - y.mean(0)
    k = xc @ xc.T
    l = yc @ yc.T
    return (k * l).sum() / np.sqrt((k * k).sum() * (l * l).sum())


def main():
    if sys.argv[1] == "make":
        make(sys.argv[2], *map(int, sys.argv[3:6]))
        return
    x = np.load(f"{sys.argv[2]}/x.npy")
    y = np.load(f"{sys.argv[2]}/y.npy")
    t, cpu = time.perf_counter(), time.process_time()
    score = {"rsa": rsa, "encoding": encoding, "cka": cka}[sys.argv[1]](x, y)
    print(f"python {sys.argv[1]} compute only: score {score:.10f}, wall {time.perf_counter() - t:.2f} s,"
          f" process cpu {time.process_time() - cpu:.2f} s")


if __name__ == "__main__":
    main()
