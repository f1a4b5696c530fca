#!/usr/bin/python3
"""Golden files for the cka plugin, from numpy (run with Debian's /usr/bin/python3).

Reference: linear CKA of Kornblith et al. (2019), eq. 5, in feature space:
    ||Yc^T Xc||_F^2 / (||Xc^T Xc||_F ||Yc^T Yc||_F)
with columns centred over the stimuli compared. Writes ../resources/golden/<case>_x.csv,
<case>_y.csv (%.17g, no header) and expected.csv (case,split,score).
"""
import os

import numpy as np

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "resources", "golden")


def save(name, a):
    np.savetxt(os.path.join(OUT, name), np.atleast_2d(a), fmt="%.17g", delimiter=",")


def linear_cka(x, y):
    xc = x - x.mean(axis=0)
    yc = y - y.mean(axis=0)
    return (np.linalg.norm(yc.T @ xc, "fro") ** 2
            / (np.linalg.norm(xc.T @ xc, "fro") * np.linalg.norm(yc.T @ yc, "fro")))


def main():
    os.makedirs(OUT, exist_ok=True)
    rng = np.random.RandomState(5)
    x = rng.randn(25, 8) + 2.0
    cases = {
        "narrow": (x, x @ rng.randn(8, 6) + 0.8 * rng.randn(25, 6)),
        "wide": (rng.randn(12, 500) + 1.0, rng.randn(12, 300)),  # p, q >> n: Gram route
        "mixed": (rng.randn(15, 3), rng.randn(15, 40)),  # q > n only
    }
    rows = ["case,split,score"]
    for name, (x, y) in cases.items():
        save(f"{name}_x.csv", x)
        save(f"{name}_y.csv", y)
        rows.append(f"{name},all,{linear_cka(x, y):.17g}")
        test = np.arange(1, x.shape[0], 2)
        rows.append(f"{name},odd,{linear_cka(x[test], y[test]):.17g}")
    with open(os.path.join(OUT, "expected.csv"), "w") as f:
        f.write("\n".join(rows) + "\n")
    print("numpy", np.__version__)


if __name__ == "__main__":
    main()
