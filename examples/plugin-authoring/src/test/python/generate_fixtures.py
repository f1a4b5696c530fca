#!/usr/bin/python3
"""Golden values for the example procrustes metric, from scipy (run with /usr/bin/python3).

scipy.linalg.orthogonal_procrustes(A, B) returns the orthogonal R minimising ||A R - B||_F and the
sum of the singular values of A^T B. With A, B centred, unit-norm and zero-padded to one width:
euclidean = ||A R - B||_F, angular = arccos(sum of singular values).
Writes ../resources/golden/x.csv, y.csv (%.17g, no header) and expected.csv (distance,split,value).
"""
import os

import numpy as np
import scipy
from scipy.linalg import orthogonal_procrustes

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "resources", "golden")


def shape(a, width):
    a = a - a.mean(axis=0)
    a = a / np.linalg.norm(a)
    return np.hstack([a, np.zeros((a.shape[0], width - a.shape[1]))])


def distances(x, y):
    w = max(x.shape[1], y.shape[1])
    a, b = shape(y, w), shape(x, w)
    r, nuclear = orthogonal_procrustes(a, b)
    return np.arccos(min(1.0, nuclear)), np.linalg.norm(a @ r - b)


def main():
    os.makedirs(OUT, exist_ok=True)
    rng = np.random.RandomState(3)
    x = rng.randn(20, 5)
    y = np.hstack([x[:, :3], x[:, 3:4] ** 2]) + 0.3 * rng.randn(20, 4)
    np.savetxt(os.path.join(OUT, "x.csv"), x, fmt="%.17g", delimiter=",")
    np.savetxt(os.path.join(OUT, "y.csv"), y, fmt="%.17g", delimiter=",")
    test = np.arange(0, 20, 2)
    rows = ["distance,split,value"]
    for split, (a, b) in {"all": (x, y), "even": (x[test], y[test])}.items():
        ang, euc = distances(a, b)
        rows += [f"angular,{split},{ang:.17g}", f"euclidean,{split},{euc:.17g}"]
    with open(os.path.join(OUT, "expected.csv"), "w") as f:
        f.write("\n".join(rows) + "\n")
    print("numpy", np.__version__, "scipy", scipy.__version__)


if __name__ == "__main__":
    main()
