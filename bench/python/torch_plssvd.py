#!/usr/bin/env python3
"""A second reference for the compare benchmark: PLS-SVD in PyTorch, the way the Bonner lab's
analysis code does it (cross-covariance of the centred training data, torch.linalg.svd, then the
held-out Pearson r of each pair of projections), in float64 on the CPU.

    /usr/bin/python3 bench/python/torch_plssvd.py DIR
reads DIR/x.npy, DIR/y.npy, DIR/train.txt, DIR/test.txt and writes DIR/torch_spectrum.csv
(rank, correlation). Timed as a whole process by bench/run compare.
"""
import os
import sys

import numpy as np
import torch

d = sys.argv[1]
torch.set_num_threads(os.cpu_count() or 1)
x = torch.from_numpy(np.load(os.path.join(d, "x.npy")).astype(np.float64))
y = torch.from_numpy(np.load(os.path.join(d, "y.npy")).astype(np.float64))
train = torch.from_numpy(np.loadtxt(os.path.join(d, "train.txt"), dtype=np.int64))
test = torch.from_numpy(np.loadtxt(os.path.join(d, "test.txt"), dtype=np.int64))
xt, yt = x[train], y[train]
mx, my = xt.mean(0), yt.mean(0)
xt, yt = xt - mx, yt - my
cross = xt.T @ yt / (len(train) - 1)
u, s, vh = torch.linalg.svd(cross, full_matrices=False)
r = min(len(train) - 1, x.shape[1], y.shape[1])
xs = (x[test] - mx) @ u[:, :r]
ys = (y[test] - my) @ vh[:r].T
xs, ys = xs - xs.mean(0), ys - ys.mean(0)
corr = (xs * ys).sum(0) / torch.sqrt((xs * xs).sum(0) * (ys * ys).sum(0))
np.savetxt(os.path.join(d, "torch_spectrum.csv"),
           np.column_stack([np.arange(1, r + 1), corr.numpy()]),
           delimiter=",", header="rank,correlation", comments="", fmt="%.17g")
