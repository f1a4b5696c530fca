"""The Python reference of bench/run fold-steps: the same fold's steps with scipy's LAPACK on the
same files — K_tr re-centred on the training mean, pivoted Cholesky (scipy.linalg.lapack.dpstrf,
cut at 1e-10 of the largest eigenvalue, as the plugin), test coordinates (solve_triangular), the
primal Y's centred training rows, M = A_xᵀ A_y, its SVD (scipy.linalg.svd, gesdd) and the test
projections; optionally eigh (dsyevd) of K_tr. Prints each step's wall and CPU seconds and writes
the singular values and test correlations to DIR/python-qQ.csv.
    fold_reference.py DIR N_TRAIN Q[,Q...] STEPS"""
import os
import sys
import time

import numpy as np
import scipy.linalg as sl
from scipy.linalg import lapack
from scipy.sparse.linalg import eigsh


def step(what, t0, extra=""):
    print("step %s: wall %.2f s, cpu %.2f s%s" % (what, time.perf_counter() - t0[0],
                                                 time.process_time() - t0[1], extra), flush=True)


def now():
    return time.perf_counter(), time.process_time()


d, ntr, qs, steps = sys.argv[1], int(sys.argv[2]), [int(v) for v in sys.argv[3].split(",")], \
    set(sys.argv[4].split(","))
k = np.load(os.path.join(d, "k.npy"))
yall = np.load(os.path.join(d, "y.npy"), mmap_mode="r")
n = k.shape[0]
tr, te = np.arange(ntr), np.arange(ntr, n)
print("fold n=%d n_train=%d n_test=%d" % (n, ntr, n - ntr))

t = now()
m = k[:, tr].mean(axis=1)
c = m[tr].mean()
ktr = k[np.ix_(tr, tr)] - m[tr][:, None] - m[tr][None, :] + c
kte = k[np.ix_(te, tr)] - m[te][:, None] - m[tr][None, :] + c
top = eigsh(ktr, k=1, which="LA", return_eigenvectors=False)[0]
l, piv, rank, info = lapack.dpstrf(ktr, lower=1, tol=1e-10 * top)
piv = piv - 1
l = np.tril(l)[:, :rank]
ax = np.empty_like(l)
ax[piv] = l
# T L11ᵀ = K_te,P  (L11 the leading rank × rank block)
tx = sl.solve_triangular(l[:rank], kte[:, piv[:rank]].T, lower=True).T
step("factor-cholesky", t, " (rank %d)" % rank)
if "eigen" in steps:
    t = now()
    sl.eigh(ktr, driver="evd")
    step("factor-eigen", t)
del k, ktr, kte

for q in qs:
    y = np.asarray(yall[:, :q])
    t = now()
    mean = y[tr].mean(axis=0)
    ay, ty = y[tr] - mean, y[te] - mean
    step("q=%d factor-primal" % q, t)
    t = now()
    mm = ax.T @ ay
    step("q=%d product" % q, t, " (M %d x %d)" % mm.shape)
    t = now()
    u, s, vt = sl.svd(mm, full_matrices=False, lapack_driver="gesdd", check_finite=False)
    sx, sy = tx @ u, ty @ vt.T
    step("q=%d svd" % q, t, " (scipy gesdd of M, then the projections)")
    r = int(min(np.sum(s > 1e-10 * s[0]), ntr - 1))
    sx, sy = sx[:, :r] - sx[:, :r].mean(0), sy[:, :r] - sy[:, :r].mean(0)
    corr = (sx * sy).sum(0) / np.sqrt((sx * sx).sum(0) * (sy * sy).sum(0))
    with open(os.path.join(d, "python-q%d.csv" % q), "w") as f:
        f.write("rank,singular_value,correlation\n")
        for i in range(r):
            f.write("%d,%.17g,%.17g\n" % (i + 1, s[i], corr[i]))
