#!/usr/bin/env python3
"""The reference side of the compare benchmark: scikit-learn PLSSVD on the same files and split.

    /usr/bin/python3 bench/python/compare_vs_sklearn.py DIR
reads DIR/x.npy, DIR/y.npy, DIR/train.txt, DIR/test.txt and writes DIR/sklearn_spectrum.csv
(rank, correlation, singular_value). Timed as a whole process by bench/run compare.
"""
import os
import sys

import numpy as np
from sklearn.cross_decomposition import PLSSVD

d = sys.argv[1]
x = np.load(os.path.join(d, "x.npy"))
y = np.load(os.path.join(d, "y.npy"))
train = np.loadtxt(os.path.join(d, "train.txt"), dtype=int)
test = np.loadtxt(os.path.join(d, "test.txt"), dtype=int)
r = min(len(train) - 1, x.shape[1], y.shape[1])
pls = PLSSVD(n_components=r, scale=False).fit(x[train], y[train])
xs, ys = pls.transform(x[test], y[test])
xs = xs - xs.mean(0)
ys = ys - ys.mean(0)
corr = (xs * ys).sum(0) / np.sqrt((xs * xs).sum(0) * (ys * ys).sum(0))
xc = x[train] - x[train].mean(0)
yc = y[train] - y[train].mean(0)
np.savetxt(os.path.join(d, "sklearn_spectrum.csv"), np.column_stack([np.arange(1, r + 1), corr]),
           delimiter=",", header="rank,correlation", comments="", fmt="%.17g")
