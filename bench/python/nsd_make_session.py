#!/usr/bin/python3
"""Writes a real-size NSD tree for benchmarking (NOT committed; ~1.05 GB per session file).

    /usr/bin/python3 bench/python/nsd_make_session.py OUT [--sessions N] [--trials T]

(--trials below 750, the real count, only for bench/run nsd --size quick: a smaller file of the
same grid and chunking.)

* nsddata_betas/ppdata/subj01/func1pt8mm/betas_fithrf_GLMdenoise_RR/betas_session01.hdf5:
  /betas int16 (750, 83, 104, 81) = subj01's real grid, chunked (750, 1, 1, 1), no filters, like
  the files MATLAB wrote for NSD. Sessions 02..N are symbolic links to session 01 (same bytes; a
  warm-cache subject-level run without N GB of disk).
* roi/prf-visualrois.nii.gz (labels 1-7 on 6,000 posterior cortex voxels; the real count is of
  this order) and roi/nsdgeneral.nii.gz (15,724 voxels, subj01's count), float64 like NSD's.
* nsddata/experiments/nsd/nsd_expdesign.mat with real-size masterordering and subjectim.
"""
import argparse
import os
import time

import h5py
import nibabel as nib
import numpy as np
import scipy.io

X, Y, Z, T = 81, 104, 83, 750


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("out")
    ap.add_argument("--sessions", type=int, default=1)
    ap.add_argument("--trials", type=int, default=T)
    a = ap.parse_args()
    t = a.trials
    rng = np.random.default_rng(7)
    sub = "subj01"

    # brain: an ellipsoid; cortex: its outer shell; ROIs: the most posterior cortex voxels
    i, j, k = np.meshgrid(np.arange(X), np.arange(Y), np.arange(Z), indexing="ij")
    r = np.sqrt(((i - X / 2) / (X * 0.45)) ** 2 + ((j - Y / 2) / (Y * 0.45)) ** 2
                + ((k - Z / 2) / (Z * 0.45)) ** 2)
    brain = r <= 1
    cortex = (r <= 1) & (r > 0.72)
    order = np.argsort(np.where(cortex, j, 10**6).ravel(order="F"), kind="stable")
    general = np.full(X * Y * Z, -1.0)
    general[np.flatnonzero(cortex.ravel(order="F"))] = 0
    general[order[:15724]] = 1
    prf = np.where(general >= 0, 0.0, -1.0)
    prf[order[:6000]] = 1 + (np.arange(6000) * 7) // 6000
    roi_dir = os.path.join(a.out, "nsddata/ppdata", sub, "func1pt8mm/roi")
    os.makedirs(roi_dir, exist_ok=True)
    for name, vol in [("nsdgeneral", general), ("prf-visualrois", prf)]:
        img = nib.Nifti1Image(vol.reshape((X, Y, Z), order="F"), np.diag([1.8, 1.8, 1.8, 1]))
        nib.save(img, os.path.join(roi_dir, name + ".nii.gz"))

    design = os.path.join(a.out, "nsddata/experiments/nsd")
    os.makedirs(design, exist_ok=True)
    scipy.io.savemat(os.path.join(design, "nsd_expdesign.mat"), dict(
        masterordering=rng.permutation(np.repeat(np.arange(1, 10001), 3))[None, :].astype(float),
        subjectim=np.stack([rng.permutation(73000)[:10000] + 1 for _ in range(8)]).astype(float)),
        do_compression=True)

    betas = os.path.join(a.out, "nsddata_betas/ppdata", sub,
                         "func1pt8mm/betas_fithrf_GLMdenoise_RR")
    os.makedirs(betas, exist_ok=True)
    first = os.path.join(betas, "betas_session01.hdf5")
    start = time.time()
    with h5py.File(first, "w") as f:
        d = f.create_dataset("betas", shape=(t, Z, Y, X), dtype="<i2", chunks=(t, 1, 1, 1))
        for kk in range(Z):
            plane = rng.integers(-3000, 3000, size=(t, Y, X), dtype=np.int16)
            plane[:, ~brain[:, :, kk].T] = 0
            d[:, kk] = plane
    print(f"wrote {first}: {os.path.getsize(first) / 1e9:.3f} GB in {time.time() - start:.1f} s")
    for s in range(2, a.sessions + 1):
        link = os.path.join(betas, f"betas_session{s:02d}.hdf5")
        if not os.path.exists(link):
            os.symlink("betas_session01.hdf5", link)


if __name__ == "__main__":
    main()
