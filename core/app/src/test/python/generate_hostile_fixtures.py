#!/usr/bin/env python3
"""HDF5 files of unsupported kinds for the CLI's hostile-input tests, written by h5py.

    /usr/bin/python3 core/app/src/test/python/generate_hostile_fixtures.py

complex.h5:/z   (6, 4) complex128 (h5py's compound type with fields r and i)
complex.h5:/rec (6,) record array with fields a (float32) and b (int32)
"""
import os

import h5py
import numpy as np

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "resources", "hostile")
os.makedirs(OUT, exist_ok=True)
rng = np.random.default_rng(17)
with h5py.File(os.path.join(OUT, "complex.h5"), "w") as f:
    f.create_dataset("z", data=rng.standard_normal((6, 4)) + 1j * rng.standard_normal((6, 4)))
    rec = np.zeros(6, dtype=[("a", "<f4"), ("b", "<i4")])
    rec["a"] = rng.standard_normal(6)
    rec["b"] = np.arange(6)
    f.create_dataset("rec", data=rec)
print("h5py", h5py.__version__, "numpy", np.__version__)
