"""Golden fixtures for the one CSV codec (org.brainalign.formats.csv.CsvCodec).

Writes, into src/test/resources/csv/:
  values-bits.txt       the IEEE-754 bits (hex) of every value, one per line, in row order
  pandas-written.csv    DataFrame.to_csv(index=False): NaN as an empty field, inf, -inf, quoted text
  pandas-nan-rep.csv    the same with na_rep="NaN"
  pandas-matrix.csv     two numeric columns (value, -value) with a header, as a matrix file
  pandas-array-header.csv    pd.DataFrame(a).to_csv(index=False) of a seeded 4 x 3 array: its header
                             is the column numbers 0,1,2, which no reader may guess (CsvHeader)
  pandas-array-noheader.csv  the same array with header=False: every line is data

and checks the files brainalign wrote (committed beside them; CsvCodecGoldenTest asserts TableWriter
writes them byte for byte):
  java-written.csv          label,value in the codec's spelling (NaN, inf, -inf)
  java-written-numbers.csv  value alone, for numpy.genfromtxt (which does not read quoted fields)
each read back by pandas.read_csv and numpy.genfromtxt to the same bits.

Run: /usr/bin/python3 core/formats/src/test/python/generate_csv_fixtures.py (from the repo root).
"""
import math
import os
import struct
import sys

import numpy as np
import pandas as pd

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "resources", "csv")

LABELS = ["plain", "with,comma", 'with "quote"', "two\nlines", "zero", "minus zero", "third",
          "tiny", "denormal", "huge", "whole", "negative", "not-a-number", "plus-infinity", "minus-infinity"]
VALUES = [0.25, 1.5, -2.0, 1e-300, 0.0, -0.0, 1.0 / 3.0, 1e-7, 5e-324,
          1.7976931348623157e308, 123456789.0, -2.5e-7, math.nan, math.inf, -math.inf]


def bits(x):
    return struct.unpack("<Q", struct.pack("<d", x))[0]


def same(a, b):
    """Same float: equal bits, any NaN equal to any NaN."""
    return (math.isnan(a) and math.isnan(b)) or bits(a) == bits(b)


def check(name, got):
    got = [float(v) for v in got]
    if len(got) != len(VALUES) or not all(same(a, b) for a, b in zip(got, VALUES)):
        sys.exit(f"{name}: read back {got}, expected {VALUES}")
    print(f"ok {name}")


def main():
    os.makedirs(OUT, exist_ok=True)
    with open(os.path.join(OUT, "values-bits.txt"), "w") as f:
        for v in VALUES:
            f.write(f"{bits(v):016x}\n")
    df = pd.DataFrame({"label": LABELS, "value": VALUES, "flag": [i % 2 == 0 for i in range(len(VALUES))]})
    df.to_csv(os.path.join(OUT, "pandas-written.csv"), index=False, lineterminator="\n")
    df.to_csv(os.path.join(OUT, "pandas-nan-rep.csv"), index=False, na_rep="NaN", lineterminator="\n")
    pd.DataFrame({"value": VALUES, "negated": [-v for v in VALUES]}).to_csv(
        os.path.join(OUT, "pandas-matrix.csv"), index=False, lineterminator="\n")
    a = np.random.default_rng(22).standard_normal((4, 3))
    pd.DataFrame(a).to_csv(os.path.join(OUT, "pandas-array-header.csv"), index=False,
                           lineterminator="\n")
    pd.DataFrame(a).to_csv(os.path.join(OUT, "pandas-array-noheader.csv"), index=False,
                           header=False, lineterminator="\n")

    java = os.path.join(OUT, "java-written.csv")
    numbers = os.path.join(OUT, "java-written-numbers.csv")
    if os.path.exists(java) and os.path.exists(numbers):
        back = pd.read_csv(java, keep_default_na=True)
        if list(back["label"]) != LABELS:
            sys.exit(f"{java}: labels read back as {list(back['label'])}")
        check("pandas.read_csv(java-written.csv)", back["value"])
        check("pandas.read_csv(java-written-numbers.csv)", pd.read_csv(numbers)["value"])
        check("numpy.genfromtxt(java-written-numbers.csv)",
              np.genfromtxt(numbers, delimiter=",", skip_header=1))
        check("numpy.loadtxt(java-written-numbers.csv)",
              np.loadtxt(numbers, delimiter=",", skiprows=1))
    else:
        print("java-written*.csv missing: write them with TableWriter (see README.md), rerun")
    print("pandas", pd.__version__, "numpy", np.__version__, "python", sys.version.split()[0])


if __name__ == "__main__":
    main()
