#!/usr/bin/python3
"""Writes the golden files of the sparse-random-projection tests.

Run from plugins/sparse-random-projection with Debian's interpreter (see
src/test/resources/srp/README.md for the whole sequence):

    ../../bench/test-main plugins/sparse-random-projection org.brainalign.plugins.srp.ExportFixtureMatrices   # <name>.matrix.csv
    /usr/bin/python3 src/test/python/generate_fixtures.py                # inputs, expected, jl.csv

For every case of srp/cases.csv it reads the k x d matrix exported by the Java plugin, draws a
seeded float32 input batch, and computes the projection with numpy in float64, checked against
scikit-learn's SparseRandomProjection.transform with its components_ set to the same matrix.
It also writes jl.csv: scikit-learn's johnson_lindenstrauss_min_dim and the unrounded bound.
"""
import csv
import math
import os
import sys

import numpy as np
import scipy
import scipy.sparse as sp
import sklearn
from sklearn.random_projection import SparseRandomProjection, johnson_lindenstrauss_min_dim

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "resources", "srp")


def read_matrix(name):
    path = os.path.join(OUT, name + ".matrix.csv")
    with open(path) as f:
        k, d, scale = f.readline()[1:].strip().split(",")
        k, d, scale = int(k), int(d), float(scale)
        rows = np.loadtxt(f, delimiter=",", skiprows=1, dtype=np.int64, ndmin=2)
    values = rows[:, 2].astype(np.float64) * scale
    return sp.csr_matrix((values, (rows[:, 0], rows[:, 1])), shape=(k, d)), scale


def project(R, x, shape, axis):
    """x: (count, prod(shape)) float32 -> (count, output size) float64, like the Java reducer."""
    count = x.shape[0]
    dense = R.toarray()
    x64 = x.astype(np.float64)
    if axis == "all":
        return x64 @ dense.T
    c = shape[0]
    p = int(np.prod(shape[1:]))
    a = x64.reshape(count, c, p)
    if axis == "channel":   # out[b, i, q] = sum_c R[i, c] a[b, c, q]   -> (k, P), k-major
        return np.einsum("ic,bcq->biq", dense, a).reshape(count, -1)
    if axis == "spatial":   # out[b, c, i] = sum_q R[i, q] a[b, c, q]   -> (C, k), C-major
        return np.einsum("iq,bcq->bci", dense, a).reshape(count, -1)
    raise ValueError(axis)


def sklearn_project(R, x, shape, axis):
    """The same projection through scikit-learn's transform, with components_ = R."""
    k, d = R.shape
    srp = SparseRandomProjection(n_components=k, dense_output=True, random_state=0)
    srp.fit(np.zeros((2, d)))
    srp.components_ = R
    count = x.shape[0]
    x64 = x.astype(np.float64)
    if axis == "all":
        return srp.transform(x64)
    c = shape[0]
    p = int(np.prod(shape[1:]))
    a = x64.reshape(count, c, p)
    if axis == "channel":
        rows = a.transpose(0, 2, 1).reshape(count * p, c)          # one row per position
        return srp.transform(rows).reshape(count, p, k).transpose(0, 2, 1).reshape(count, -1)
    rows = a.reshape(count * c, p)                                 # one row per channel
    return srp.transform(rows).reshape(count, -1)


def main():
    with open(os.path.join(OUT, "cases.csv")) as f:
        cases = list(csv.DictReader(f))
    for case in cases:
        name = case["name"]
        shape = [int(s) for s in case["shape"].split("x")]
        count = int(case["count"])
        R, scale = read_matrix(name)
        k, d = R.shape
        density = 1 / math.sqrt(d) if case["density"] == "auto" else float(case["density"])
        assert math.isclose(scale, 1 / math.sqrt(density * k), rel_tol=1e-15), (name, scale)
        rng = np.random.RandomState(1000 + abs(int(case["seed"])))
        x = rng.standard_normal((count, int(np.prod(shape)))).astype(np.float32)
        expected = project(R, x, shape, case["axis"])
        reference = sklearn_project(R, x, shape, case["axis"])
        assert np.allclose(expected, reference, rtol=1e-12, atol=1e-12), name
        np.savetxt(os.path.join(OUT, name + ".input.csv"), x, fmt="%.9g", delimiter=",")
        np.savetxt(os.path.join(OUT, name + ".expected.csv"), expected, fmt="%.17g", delimiter=",")
        print(f"{name}: R {k} x {d} ({R.nnz} non-zeros), input {x.shape}, output {expected.shape}")

    with open(os.path.join(OUT, "jl.csv"), "w") as f:
        f.write("stimuli,eps,sklearn,bound\n")
        for n in [2, 10, 100, 1000, 5000, 10000, 73000, 1000000]:
            for eps in [0.05, 0.1, 0.15, 0.3, 0.5, 0.9]:
                bound = 4 * math.log(n) / (eps ** 2 / 2 - eps ** 3 / 3)
                f.write(f"{n},{eps!r},{int(johnson_lindenstrauss_min_dim(n, eps=eps))},{bound:.17g}\n")
    print("versions: python", sys.version.split()[0], "numpy", np.__version__, "scipy",
          scipy.__version__, "scikit-learn", sklearn.__version__)


if __name__ == "__main__":
    main()
