#!/usr/bin/python3
"""Writes the golden files of the simulated plugin's tests (run from plugins/simulated):

    /usr/bin/python3 src/test/python/generate_fixtures.py

1. draws.csv: numpy.random.RandomState(seed) uniform (random_sample), integer (randint(0, n)) and
   standard_normal draws, for Draws (random/Draws.java), which must give the same values.
2. energy_<name>.csv: the Gabor energy maps of FilterBank (filter/FilterBank.java) re-implemented
   here independently with numpy (exact rational footprints for the area resampling, explicit
   correlation), for two synthetic images defined by an integer formula both sides evaluate:
   112 x 112 (no resampling) and 150 x 150 (area resampling to 112).
Values are written with %.17g. Versions: see src/test/resources/golden/README.md.
"""
import math
import os
from fractions import Fraction

import numpy as np

OUT = os.path.join(os.path.dirname(__file__), "..", "resources", "golden")

ANALYSIS, GRID, ORIENTATIONS, WAVELENGTH, SIGMA, RADIUS = 112, 28, 4, 6.0, 2.7, 7


def draws():
    rows = ["seed,kind,arg,index,value"]
    for seed in (0, 1, 123456789, 4294967295):
        rs = np.random.RandomState(seed)
        for i, v in enumerate(rs.random_sample(20)):
            rows.append(f"{seed},uniform,0,{i},{v:.17g}")
        rs = np.random.RandomState(seed)
        for n in (1, 2, 3, 5, 256, 1000003):
            for i in range(10):
                rows.append(f"{seed},integer,{n},{i},{rs.randint(0, n)}")
        rs = np.random.RandomState(seed)
        for i, v in enumerate(rs.standard_normal(41)):
            rows.append(f"{seed},normal,0,{i},{v:.17g}")
    with open(os.path.join(OUT, "draws.csv"), "w") as f:
        f.write("\n".join(rows) + "\n")


def synthetic(size):
    """The test image: byte (x*7 + y*13 + c*29 + (x*y) % 17 + 40*[stripe]) % 256 at column x, row y."""
    y, x, c = np.meshgrid(np.arange(size), np.arange(size), np.arange(3), indexing="ij")
    stripe = ((x + 2 * y) // 9) % 2
    return ((x * 7 + y * 13 + c * 29 + (x * y) % 17 + 40 * stripe) % 256).astype(np.uint8)


def luminance(img):
    n = img.shape[0]
    lum = (0.299 * img[..., 0] + 0.587 * img[..., 1] + 0.114 * img[..., 2]) / 255.0
    if n == ANALYSIS:
        return lum
    spans = []
    for u in range(ANALYSIS):
        lo, hi = Fraction(u * n, ANALYSIS), Fraction((u + 1) * n, ANALYSIS)
        idx = [i for i in range(n) if lo <= i + Fraction(1, 2) < hi]
        if not idx:
            idx = [math.floor((u + Fraction(1, 2)) * n / ANALYSIS)]
        spans.append(idx)
    out = np.empty((ANALYSIS, ANALYSIS))
    for v in range(ANALYSIS):
        for u in range(ANALYSIS):
            out[v, u] = lum[np.ix_(spans[v], spans[u])].mean()
    return out


def kernels():
    d = np.arange(-RADIUS, RADIUS + 1)
    dy, dx = np.meshgrid(d, d, indexing="ij")
    ks = []
    for o in range(ORIENTATIONS):
        theta = o * math.pi / ORIENTATIONS
        along = dx * math.cos(theta) + dy * math.sin(theta)
        g = np.exp(-(dx ** 2 + dy ** 2) / (2 * SIGMA ** 2))
        cos, sin = np.cos(2 * math.pi * along / WAVELENGTH), np.sin(2 * math.pi * along / WAVELENGTH)
        even = g * (cos - (g * cos).sum() / g.sum())
        odd = g * sin
        ks.append((even / np.linalg.norm(even), odd / np.linalg.norm(odd)))
    return ks


def energy(img):
    lum = luminance(img)
    half = 0.25 * (lum[0::2, 0::2] + lum[0::2, 1::2] + lum[1::2, 0::2] + lum[1::2, 1::2])
    out = np.zeros((2 * ORIENTATIONS, GRID, GRID))
    for level, (im, stride, offset) in enumerate(((lum, 4, 2), (half, 2, 1))):
        padded = np.pad(im, RADIUS, mode="edge")
        for o, (even, odd) in enumerate(kernels()):
            for gy in range(GRID):
                for gx in range(GRID):
                    cy, cx = offset + stride * gy, offset + stride * gx
                    window = padded[cy:cy + 2 * RADIUS + 1, cx:cx + 2 * RADIUS + 1]
                    out[level * ORIENTATIONS + o, gy, gx] = (
                        (window * even).sum() ** 2 + (window * odd).sum() ** 2)
    return out


def main():
    os.makedirs(OUT, exist_ok=True)
    draws()
    for size in (112, 150):
        e = energy(synthetic(size))
        with open(os.path.join(OUT, f"energy_{size}.csv"), "w") as f:
            f.write("channel,gy,gx,energy\n")
            for c in range(e.shape[0]):
                for gy in range(GRID):
                    for gx in range(GRID):
                        f.write(f"{c},{gy},{gx},{e[c, gy, gx]:.17g}\n")


if __name__ == "__main__":
    main()
