#!/usr/bin/python3
"""Golden files for org.brainalign.support.stats (run with Debian's /usr/bin/python3).

    /usr/bin/python3 core/support/src/test/python/generate_stats.py

Writes ../resources/stats/*.csv (%.17g, comma separated, no header):
- ranks_values.csv, ranks_expected.csv: values with ties and scipy.stats.rankdata (average ties);
- pairs_x.csv, pairs_y.csv: 40 paired values (y = x + noise, with ties from rounding);
- pairs_expected.csv: pearsonr, spearmanr, np.cov(ddof=1)[0,1], np.mean(x), np.std(x, ddof=1),
  np.nanmean(x with NaN), np.nanstd(x with NaN, ddof=1), np.quantile(x, q) for q = 0, 0.05, 0.5,
  0.975, 1;
- nan_x.csv: x with every 7th value NaN.
"""
import os
import sys

import numpy as np
import scipy
from scipy.stats import pearsonr, rankdata, spearmanr

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "resources", "stats")


def save(name, a):
    np.savetxt(os.path.join(OUT, name), np.atleast_2d(a), fmt="%.17g", delimiter=",")


def main():
    os.makedirs(OUT, exist_ok=True)
    v = np.array([3.0, 1.0, 4.0, 1.0, 5.0, 9.0, 2.0, 6.0, 5.0, 3.0, 5.0])
    save("ranks_values.csv", v)
    save("ranks_expected.csv", rankdata(v))

    rng = np.random.RandomState(20261202)
    x = np.round(rng.standard_normal(40) * 3 + 100, 1)
    y = np.round(0.6 * x + rng.standard_normal(40), 1)
    nan_x = x.copy()
    nan_x[::7] = np.nan
    save("pairs_x.csv", x)
    save("pairs_y.csv", y)
    save("nan_x.csv", nan_x)
    expected = [pearsonr(x, y)[0], spearmanr(x, y)[0], np.cov(x, y, ddof=1)[0, 1], np.mean(x),
                np.std(x, ddof=1), np.nanmean(nan_x), np.nanstd(nan_x, ddof=1)]
    expected += [np.quantile(x, q) for q in (0, 0.05, 0.5, 0.975, 1)]
    save("pairs_expected.csv", np.array(expected))
    with open(os.path.join(OUT, "README.md"), "w") as f:
        f.write("# statistics golden files\n\nWritten by `src/test/python/generate_stats.py` with "
                "numpy %s, scipy %s (Python %s); see the script for what each file holds.\n"
                % (np.__version__, scipy.__version__, sys.version.split()[0]))


if __name__ == "__main__":
    main()
