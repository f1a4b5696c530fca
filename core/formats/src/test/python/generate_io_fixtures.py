#!/usr/bin/env python3
"""Fixtures for the engine's matrix readers and writer, written by numpy and h5py.

    /usr/bin/python3 core/formats/src/test/python/generate_io_fixtures.py
For every .npy file there is a .csv with the values the Java reader must return, as a
(rows x columns) matrix with trailing axes flattened in C order, at 17 significant digits.
"""
import os
import sys

import h5py
import numpy as np

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "resources")
NPY = os.path.join(OUT, "npy")
os.makedirs(NPY, exist_ok=True)
rng = np.random.default_rng(5)


def expected(name, a):
    m = np.asarray(a, dtype=np.float64).reshape(a.shape[0], -1) if a.ndim > 1 else \
        np.asarray(a, dtype=np.float64).reshape(-1, 1)
    np.savetxt(os.path.join(NPY, name + ".csv"), m, delimiter=",", fmt="%.17g")


base = rng.standard_normal((5, 7)) * 100
cases = {
    "f4_c_le": base.astype("<f4"),
    "f4_c_be": base.astype(">f4"),
    "f8_f_le": np.asfortranarray(base.astype("<f8")),
    "f8_f_be": np.asfortranarray(base.astype(">f8")),
    "f2_c_le": base.astype("<f2"),
    "i1_c": np.clip(base, -128, 127).astype("i1"),
    "i2_c_be": base.astype(">i2"),
    "i4_c_le": (base * 1000).astype("<i4"),
    "i8_c_le": (base * 1e6).astype("<i8"),
    "u1_c": np.abs(base).clip(0, 255).astype("u1"),
    "u2_f_le": np.asfortranarray(np.abs(base * 100).astype("<u2")),
    "u4_c_be": np.abs(base * 1000).astype(">u4"),
    "bool_c": base > 0,
    "vector_f4": base[:, 0].astype("<f4"),
    "cube_f4_c": rng.standard_normal((4, 3, 2, 5)).astype("<f4"),
    "cube_f8_f": np.asfortranarray(rng.standard_normal((4, 3, 5))),
}
for name, a in cases.items():
    np.save(os.path.join(NPY, name + ".npy"), a)
    expected(name, a)

# A format 2.0 header.
with open(os.path.join(NPY, "v2_f4.npy"), "wb") as f:
    np.lib.format.write_array(f, base.astype("<f4"), version=(2, 0))
expected("v2_f4", base.astype("<f4"))

# What numpy.save writes for float32, float64 and float16 (for byte-exact writer checks).
writer = rng.standard_normal((3, 4))
np.save(os.path.join(NPY, "writer_f4.npy"), writer.astype("<f4"))
np.save(os.path.join(NPY, "writer_f8.npy"), writer.astype("<f8"))
np.save(os.path.join(NPY, "writer_f2.npy"), writer.astype("<f2"))
np.savetxt(os.path.join(NPY, "writer.csv"), writer, delimiter=",", fmt="%.17g")

# Broken files.
good = open(os.path.join(NPY, "f4_c_le.npy"), "rb").read()
open(os.path.join(NPY, "broken_truncated.npy"), "wb").write(good[:-9])
open(os.path.join(NPY, "broken_magic.npy"), "wb").write(b"\x93NUMPX" + good[6:])
open(os.path.join(NPY, "broken_trailing.npy"), "wb").write(good + b"\0\0\0\0")
open(os.path.join(NPY, "broken_shape.npy"), "wb").write(good.replace(b"(5, 7)", b"(9, 9)"))
np.save(os.path.join(NPY, "broken_dtype.npy"), np.array([1 + 2j, 3j]))
np.save(os.path.join(NPY, "broken_scalar.npy"), np.float32(3.5))

# HDF5 inputs.
h5 = os.path.join(OUT, "matrices.h5")
with h5py.File(h5, "w") as f:
    f.create_dataset("features", data=base.astype("<f4"), chunks=(2, 3), compression="gzip")
    f.create_dataset("group/int16", data=base.astype("<i2"))
    f.create_dataset("vector", data=base[:, 1])
    f.create_dataset("cube", data=rng.standard_normal((2, 2, 2)))
np.savetxt(os.path.join(OUT, "matrices_features.csv"), base.astype("<f4").astype(np.float64),
           delimiter=",", fmt="%.17g")

with open(os.path.join(OUT, "README.md"), "w") as f:
    f.write("# Engine I/O fixtures\n\nWritten by `src/test/python/generate_io_fixtures.py` with "
            "numpy %s and h5py %s (HDF5 %s), Python %s.\n" % (
                np.__version__, h5py.__version__, h5py.version.hdf5_version, sys.version.split()[0]))
