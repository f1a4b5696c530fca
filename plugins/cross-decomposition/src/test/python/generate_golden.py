#!/usr/bin/env python3
"""Golden files for the cross-decomposition plugin, from scikit-learn's PLSSVD.

Run from the repository root with Debian's packages (python3-numpy, python3-sklearn):
    /usr/bin/python3 plugins/cross-decomposition/src/test/python/generate_golden.py
It writes CSV files (17 significant digits) under src/test/resources/golden/. The Java tests read
them; they never run Python.

Each case: X.csv, Y.csv, train.txt/test.txt (explicit split) or folds (k-fold), and expected.csv
with per-rank correlation (Pearson r of PLSSVD.transform test scores), singular value of the training
cross-covariance and test covariance. Resampling cases replay the plugin's documented streams:
permutations from RandomState(seed + 1 + fold), bootstrap from RandomState(seed + 1 + folds + fold).
"""
import os
import sys

import numpy as np
import sklearn
from sklearn.cross_decomposition import PLSSVD
from sklearn.model_selection import KFold

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "resources", "golden")


def save(path, a, fmt="%.17g"):
    np.savetxt(path, np.atleast_2d(a) if np.ndim(a) == 1 else a, delimiter=",", fmt=fmt)


def latent_data(rng, n, p, q, k=6, noise=1.0):
    z = rng.standard_normal((n, k)) * np.linspace(3, 0.5, k)
    x = z @ rng.standard_normal((k, p)) + noise * rng.standard_normal((n, p)) + 5.0
    y = z @ rng.standard_normal((k, q)) + noise * rng.standard_normal((n, q)) - 2.0
    return x, y


def spectrum(xtr, ytr, xte, yte, scale=False):
    r = min(xtr.shape[0] - 1, xtr.shape[1], ytr.shape[1])
    pls = PLSSVD(n_components=r, scale=scale).fit(xtr, ytr)
    xs, ys = pls.transform(xte, yte)
    corr = np.array([np.corrcoef(xs[:, k], ys[:, k])[0, 1] for k in range(r)])
    cov = np.array([np.cov(xs[:, k], ys[:, k])[0, 1] for k in range(r)])
    xc = xtr - xtr.mean(0)
    yc = ytr - ytr.mean(0)
    if scale:
        sx = xtr.std(0, ddof=1)
        sy = ytr.std(0, ddof=1)
        sx[sx == 0] = 1
        sy[sy == 0] = 1
        xc, yc = xc / sx, yc / sy
    s = np.linalg.svd(xc.T @ yc, compute_uv=False)[:r] / (xtr.shape[0] - 1)
    return corr, s, cov, xs, ys


def write_case(name, x, y, train, test, scale=False, permutations=0, bootstraps=0, seed=0):
    d = os.path.join(OUT, name)
    os.makedirs(d, exist_ok=True)
    save(os.path.join(d, "X.csv"), x)
    save(os.path.join(d, "Y.csv"), y)
    np.savetxt(os.path.join(d, "train.txt"), train, fmt="%d")
    np.savetxt(os.path.join(d, "test.txt"), test, fmt="%d")
    corr, s, cov, xs, ys = spectrum(x[train], y[train], x[test], y[test], scale)
    cols = [np.arange(1, len(corr) + 1), corr, s, cov]
    header = "rank,correlation,singular_value,test_covariance"
    nte = len(test)
    if permutations:
        rng = np.random.RandomState(seed + 1 + 0)
        null = np.empty((permutations, len(corr)))
        for b in range(permutations):
            perm = rng.permutation(nte)
            null[b] = [np.corrcoef(xs[:, k], ys[perm, k])[0, 1] for k in range(len(corr))]
        q = np.quantile(null, 0.99, axis=0)
        p = (1 + (null >= corr).sum(0)) / (1 + permutations)
        cols += [q, p]
        header += ",null_quantile,p_value"
    if bootstraps:
        rng = np.random.RandomState(seed + 1 + 1 + 0)
        boot = np.empty((bootstraps, len(corr)))
        for b in range(bootstraps):
            idx = rng.randint(0, nte, nte)
            boot[b] = [np.corrcoef(xs[idx, k], ys[idx, k])[0, 1] for k in range(len(corr))]
        cols += [np.quantile(boot, 0.025, axis=0), np.quantile(boot, 0.975, axis=0)]
        header += ",ci_low,ci_high"
    np.savetxt(os.path.join(d, "expected.csv"), np.column_stack(cols), delimiter=",",
               fmt="%.17g", header=header, comments="")


def write_kfold_case(name, x, y, folds, seed):
    d = os.path.join(OUT, name)
    os.makedirs(d, exist_ok=True)
    save(os.path.join(d, "X.csv"), x)
    save(os.path.join(d, "Y.csv"), y)
    per_fold = []
    for train, test in KFold(n_splits=folds, shuffle=True, random_state=seed).split(x):
        per_fold.append(spectrum(x[train], y[train], x[test], y[test])[:3])
    r = min(len(c) for c, _, _ in per_fold)
    corr = np.array([c[:r] for c, _, _ in per_fold])
    sv = np.array([s[:r] for _, s, _ in per_fold])
    cov = np.array([v[:r] for _, _, v in per_fold])
    np.savetxt(os.path.join(d, "expected.csv"), np.column_stack([
        np.arange(1, r + 1), corr.mean(0), corr.std(0, ddof=1), sv.mean(0), cov.mean(0)]),
        delimiter=",", fmt="%.17g", comments="",
        header="rank,correlation,correlation_sd,singular_value,test_covariance")


def main():
    rng = np.random.default_rng(12345)
    # A: p, q < n (primal both sides), explicit 80/20 split, with null and bootstrap.
    x, y = latent_data(rng, 120, 30, 20)
    order = np.random.RandomState(7).permutation(120)
    write_case("primal", x, y, np.sort(order[:96]), np.sort(order[96:]),
               permutations=200, bootstraps=100)
    # B: p >> n (dual X), q < n.
    x, y = latent_data(rng, 60, 200, 30)
    order = np.random.RandomState(8).permutation(60)
    write_case("wide-x", x, y, np.sort(order[:48]), np.sort(order[48:]))
    # C: both sides wide (dual both).
    x, y = latent_data(rng, 40, 120, 90)
    order = np.random.RandomState(9).permutation(40)
    write_case("wide-both", x, y, np.sort(order[:32]), np.sort(order[32:]))
    # D: scale=True with very different column scales.
    x, y = latent_data(rng, 100, 12, 9)
    x = x * np.logspace(-2, 2, 12)
    order = np.random.RandomState(10).permutation(100)
    write_case("scaled", x, y, np.sort(order[:80]), np.sort(order[80:]), scale=True)
    # E: 8-fold cross-validation as sklearn KFold(shuffle=True, random_state=0).
    x, y = latent_data(rng, 100, 25, 15)
    write_kfold_case("kfold", x, y, folds=8, seed=0)
    with open(os.path.join(OUT, "README.md"), "w") as f:
        f.write("# Cross-decomposition golden files\n\nWritten by `src/test/python/generate_golden.py` "
                "with numpy %s and scikit-learn %s (Python %s). Reference: "
                "`sklearn.cross_decomposition.PLSSVD` fit on train rows, `transform` on test rows, "
                "Pearson r per component; singular values of the centred training "
                "cross-covariance / (n_train - 1).\n" % (np.__version__, sklearn.__version__,
                                                          sys.version.split()[0]))


if __name__ == "__main__":
    main()
