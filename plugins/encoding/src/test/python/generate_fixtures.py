#!/usr/bin/python3
"""Golden files for the encoding plugin (encoding, versa), from scikit-learn/scipy.

Run with Debian's /usr/bin/python3. Writes ../resources/golden/:
  <case>_x.csv, <case>_y.csv      inputs (rows = stimuli), %.17g, no header
  test_rows_<case>.csv            0-based test rows of the explicit split (the rest is training)
  <case>_<grid>_pred.csv          predicted test responses, sklearn Ridge(alpha) / RidgeCV
  <case>_<grid>_alpha.csv         chosen alpha per voxel (RidgeCV(alpha_per_target=True).alpha_)
  ceilings_<case>.csv             a noise ceiling per voxel (fraction of variance; 0 and NaN included)
  expected.csv                    case,grid,split,metric,score
metric "encoding-ceiled": score_ceiled = per split, the mean over voxels with a defined r and a
ceiling > 0 of r / sqrt(ceiling); the mean over splits (r is a correlation: its ceiling is sqrt(NC)).
grids: "single" = [10.0] (Ridge(alpha=10)); "grid" = GRID (RidgeCV, efficient leave-one-out).
"""
import os

import numpy as np
import scipy
import sklearn
from scipy.spatial.distance import pdist
from scipy.stats import pearsonr, spearmanr
from sklearn.linear_model import Ridge, RidgeCV
from sklearn.model_selection import KFold

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "resources", "golden")
GRID = [0.1, 1.0, 10.0, 100.0, 1000.0, 10000.0]


def save(name, a):
    np.savetxt(os.path.join(OUT, name), np.atleast_2d(a), fmt="%.17g", delimiter=",")


def voxel_r(pred, obs):
    """Pearson r per voxel; NaN where either column is constant (the plugin's rule)."""
    out = []
    for j in range(obs.shape[1]):
        if np.ptp(pred[:, j]) == 0 or np.ptp(obs[:, j]) == 0:
            out.append(np.nan)
        else:
            out.append(pearsonr(pred[:, j], obs[:, j])[0])
    return np.array(out)


def ceiled(r, ceilings):
    """Mean over voxels of r / sqrt(NC), leaving out NaN r and ceilings that are 0 or NaN."""
    ok = ~np.isnan(r) & (np.nan_to_num(ceilings) > 0)
    return np.mean(r[ok] / np.sqrt(ceilings[ok])) if ok.any() else np.nan


def ceilings_for(q, seed):
    """Ceilings in [0.2, 1), voxel 0 at 0 and (with 4 or more voxels) voxel 2 unknown (NaN)."""
    c = np.random.RandomState(seed).uniform(0.2, 1.0, q)
    c[0] = 0.0
    if q >= 4:
        c[2] = np.nan
    return c


def fit(xtr, ytr, xte, grid):
    if len(grid) == 1:
        model = Ridge(alpha=grid[0]).fit(xtr, ytr)
        alphas = np.full(ytr.shape[1], grid[0])
    else:
        model = RidgeCV(alphas=grid, alpha_per_target=True).fit(xtr, ytr)
        alphas = model.alpha_
    return model.predict(xte), alphas


def related(rng, n, p, noise, offset=0.0):
    x = rng.randn(n, p) + offset
    w = rng.randn(p, len(noise)) / np.sqrt(p)
    return x, x @ w + rng.randn(n, len(noise)) * np.array(noise)


def main():
    os.makedirs(OUT, exist_ok=True)
    rng = np.random.RandomState(11)
    noise = [0.1, 0.5, 2.0, 5.0, 20.0]
    cases = {
        "narrow": related(rng, 40, 6, noise, offset=1.0),   # p < n: primal (SVD) route
        "wide": related(rng, 30, 200, noise[:4], offset=2.0),  # p >> n: dual (kernel) route
    }
    x, y = related(rng, 24, 5, [0.3, 1.0, 3.0])
    y[:, 1] = 4.0  # a constant voxel: r undefined, left out of the mean
    cases["constvoxel"] = (x, y)
    rows = ["case,grid,split,metric,score"]
    for k, (name, (x, y)) in enumerate(cases.items()):
        n = x.shape[0]
        save(f"{name}_x.csv", x)
        save(f"{name}_y.csv", y)
        nc = ceilings_for(y.shape[1], 100 + k)
        np.savetxt(os.path.join(OUT, f"ceilings_{name}.csv"), nc[None, :], fmt="%.17g",
                   delimiter=",")
        test = np.arange(0, n, 4)
        train = np.setdiff1d(np.arange(n), test)
        save(f"test_rows_{name}.csv", test)
        for grid_name, grid in [("single", [10.0]), ("grid", GRID)]:
            pred, alphas = fit(x[train], y[train], x[test], grid)
            save(f"{name}_{grid_name}_pred.csv", pred)
            save(f"{name}_{grid_name}_alpha.csv", alphas)
            score = np.nanmean(voxel_r(pred, y[test]))
            rows.append(f"{name},{grid_name},test,encoding,{score:.17g}")
            rows.append(f"{name},{grid_name},test,encoding-ceiled,"
                        f"{ceiled(voxel_r(pred, y[test]), nc):.17g}")
            if name != "constvoxel":
                for rdm, cmp in [("correlation", "spearman"), ("euclidean", "pearson")]:
                    a, b = pdist(pred, rdm), pdist(y[test], rdm)
                    v = spearmanr(a, b).correlation if cmp == "spearman" else pearsonr(a, b)[0]
                    rows.append(f"{name},{grid_name},test,versa-{rdm}-{cmp},{v:.17g}")
        # Shuffled 8-fold cross-validation, as the plugin does without explicit splits.
        for grid_name, grid in [("single", [10.0]), ("grid", GRID)]:
            scores, ceiled_scores = [], []
            for tr, te in KFold(n_splits=8, shuffle=True, random_state=0).split(x):
                pred, _ = fit(x[tr], y[tr], x[te], grid)
                scores.append(np.nanmean(voxel_r(pred, y[te])))
                ceiled_scores.append(ceiled(voxel_r(pred, y[te]), nc))
            rows.append(f"{name},{grid_name},kfold8,encoding,{np.mean(scores):.17g}")
            rows.append(f"{name},{grid_name},kfold8,encoding-sd,{np.std(scores, ddof=1):.17g}")
            rows.append(f"{name},{grid_name},kfold8,encoding-ceiled,{np.mean(ceiled_scores):.17g}")
    with open(os.path.join(OUT, "expected.csv"), "w") as f:
        f.write("\n".join(rows) + "\n")
    print("numpy", np.__version__, "scipy", scipy.__version__, "scikit-learn", sklearn.__version__)


if __name__ == "__main__":
    main()
