#!/usr/bin/python3
"""Golden files for brainalign-representation-geometry (run with Debian's /usr/bin/python3).

Writes ../resources/golden/ranks_values.csv and ranks_expected.csv: values with ties and their
average ranks from scipy.stats.rankdata (CSV, %.17g, one row, no header).
"""
import os

import numpy as np
import scipy
from scipy.stats import rankdata

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "resources", "golden")


def save(name, a):
    np.savetxt(os.path.join(OUT, name), np.atleast_2d(a), fmt="%.17g", delimiter=",")


def main():
    os.makedirs(OUT, exist_ok=True)
    # Average ranks with ties, as scipy.stats.rankdata computes them.
    v = np.array([3.0, 1.0, 4.0, 1.0, 5.0, 9.0, 2.0, 6.0, 5.0, 3.0, 5.0])
    save("ranks_values.csv", v)
    save("ranks_expected.csv", rankdata(v))
    print("numpy", np.__version__, "scipy", scipy.__version__)


if __name__ == "__main__":
    main()
