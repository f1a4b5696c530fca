#!/usr/bin/python3
"""Reference timings for the same ROI voxels of one real-size session file (make_session.py).

    /usr/bin/python3 bench/python/nsd_h5py_reference.py ROOT ROI_FAMILY LABELS MODE

MODE: chunks  = h5py read_direct_chunk per ROI voxel (the HDF5 C library, one call per voxel)
      planes  = h5py slab per z-plane over the ROI's bounding box (ds[:, k, j0:j1, i0:i1])
"""
import os
import sys
import time

import h5py
import nibabel as nib
import numpy as np

root, family, labels, mode = sys.argv[1], sys.argv[2], sys.argv[3], sys.argv[4]
labels = [int(x) for x in labels.split(",")]
roi = nib.load(os.path.join(root, "nsddata/ppdata/subj01/func1pt8mm/roi", family + ".nii.gz"))
mask = np.isin(np.rint(roi.get_fdata()), labels)
flat = np.flatnonzero(mask.ravel(order="F"))
X, Y, Z = mask.shape
i, j, k = np.unravel_index(flat, (X, Y, Z), order="F")
path = os.path.join(root, "nsddata_betas/ppdata/subj01/func1pt8mm/betas_fithrf_GLMdenoise_RR",
                    "betas_session01.hdf5")
with h5py.File(path, "r") as f:
    d = f["betas"]
    if mode == "chunks":
        start = time.time()
        total = 0
        for ii, jj, kk in zip(i, j, k):
            total += len(d.id.read_direct_chunk((0, int(kk), int(jj), int(ii)))[1])
        s = time.time() - start
    else:
        start = time.time()
        total = 0
        for kk in np.unique(k):
            sel = k == kk
            slab = d[:, kk, j[sel].min():j[sel].max() + 1, i[sel].min():i[sel].max() + 1]
            total += slab[:, j[sel] - j[sel].min(), i[sel] - i[sel].min()].nbytes
        s = time.time() - start
print(f"h5py mode={mode} roi={family}:{sys.argv[3]} voxels={flat.size} MB={total / 1e6:.1f} "
      f"seconds={s:.2f} MB/s={total / 1e6 / s:.1f}")
