#!/usr/bin/python3
"""Golden files for the rsa plugin, from numpy/scipy (run with Debian's /usr/bin/python3).

Writes ../resources/golden/: input matrices (CSV, %.17g, no header) and expected.csv with one row per
(case, rdm, compare, split): the RSA score computed by scipy.spatial.distance.pdist and
scipy.stats.spearmanr / pearsonr. Also rdm_<case>_<rdm>.csv (full square RDM) for RDM checks.
"""
import os

import numpy as np
import scipy
from scipy.spatial.distance import pdist, squareform
from scipy.stats import pearsonr, spearmanr

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "resources", "golden")


def save(name, a):
    np.savetxt(os.path.join(OUT, name), np.atleast_2d(a), fmt="%.17g", delimiter=",")


def rsa(x, y, rdm, compare):
    dx, dy = pdist(x, metric=rdm), pdist(y, metric=rdm)
    return (spearmanr(dx, dy).correlation if compare == "spearman" else pearsonr(dx, dy)[0])


def main():
    os.makedirs(OUT, exist_ok=True)
    rng = np.random.RandomState(7)
    cases = {}
    # Ordinary related data: y is a noisy linear map of x.
    x = rng.randn(15, 40)
    y = x @ rng.randn(40, 10) / np.sqrt(40) + 0.7 * rng.randn(15, 10)
    cases["continuous"] = (x, y)
    # Small integers: Euclidean distances repeat exactly, so the Spearman ranks have many ties.
    cases["ties"] = (rng.randint(0, 3, size=(12, 5)).astype(float),
                     rng.randint(0, 3, size=(12, 4)).astype(float))
    # p >> n: 10 stimuli, 600 units.
    xw = rng.randn(10, 600) + 3.0
    cases["wide"] = (xw, xw[:, :6] + 0.5 * rng.randn(10, 6))
    rows = ["case,rdm,compare,split,score"]
    for name, (x, y) in cases.items():
        save(f"{name}_x.csv", x)
        save(f"{name}_y.csv", y)
        rdms = ["euclidean"] if name == "ties" else ["correlation", "euclidean"]
        for rdm in rdms:
            save(f"rdm_{name}_{rdm}.csv", squareform(pdist(x, metric=rdm)))
            for compare in ["spearman", "pearson"]:
                rows.append(f"{name},{rdm},{compare},all,{rsa(x, y, rdm, compare):.17g}")
    # An explicit split: the test rows are every third stimulus of the continuous case.
    x, y = cases["continuous"]
    test = np.arange(0, 15, 3)
    save("continuous_test_rows.csv", test)
    for compare in ["spearman", "pearson"]:
        rows.append(f"continuous,correlation,{compare},test,"
                    f"{rsa(x[test], y[test], 'correlation', compare):.17g}")
    with open(os.path.join(OUT, "expected.csv"), "w") as f:
        f.write("\n".join(rows) + "\n")
    print("numpy", np.__version__, "scipy", scipy.__version__)


if __name__ == "__main__":
    main()
