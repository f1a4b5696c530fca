#!/usr/bin/env python3
"""Writes a small dataset in the layout the `folder` dataset reads, as a lab would export its own.

    python3 examples/your-own-data/make_dataset.py examples/your-own-data/data

DIR/
  dataset.yaml          the manifest (below)
  images/st000.png ...  120 stimuli; a stimulus id is the file name without extension
  S1/betas.npy          (240 trials x 500 voxels) float32: every image seen once in each of 2 sessions
  S1/trials.csv         one line per response row: stimulus, session
  S1/voxels.csv         one line per response column: roi label, plus a 0/1 column 'face-patch'
  S2/betas.h5           the second subject's responses as HDF5 (dataset /betas), 180 trials
  S2/trials.csv, S2/voxels.csv

The responses are synthetic: each voxel mixes a few image statistics (mean brightness, contrast,
edge energy, colour) with noise and a per-session offset, which z-scoring per session removes.
Needs numpy, Pillow and h5py (Debian: python3-numpy python3-pil python3-h5py).
"""
import os
import sys

import h5py
import numpy as np
from PIL import Image, ImageDraw

N_IMAGES, N_VOXELS = 120, 500


def images(rng, out):
    feats = []
    for i in range(N_IMAGES):
        img = Image.new("RGB", (96, 96), tuple(int(c) for c in rng.integers(0, 256, 3)))
        d = ImageDraw.Draw(img)
        for _ in range(int(rng.integers(1, 8))):
            box = sorted(rng.integers(0, 96, 2)), sorted(rng.integers(0, 96, 2))
            xy = [box[0][0], box[1][0], box[0][1] + 1, box[1][1] + 1]
            fill = tuple(int(c) for c in rng.integers(0, 256, 3))
            (d.ellipse if rng.random() < 0.5 else d.rectangle)(xy, fill=fill)
        img.save(os.path.join(out, f"st{i:03d}.png"))
        a = np.asarray(img, dtype=np.float64) / 255
        grey = a.mean(axis=2)
        edges = np.abs(np.diff(grey, axis=0)).mean() + np.abs(np.diff(grey, axis=1)).mean()
        feats.append([grey.mean(), grey.std(), edges, a[..., 0].mean() - a[..., 2].mean()])
    f = np.array(feats)
    return (f - f.mean(axis=0)) / f.std(axis=0)


def subject(rng, feats, folder, shown, fmt):
    os.makedirs(folder, exist_ok=True)
    weights = rng.normal(size=(feats.shape[1], N_VOXELS))
    rows, trials = [], []
    for session, ids in enumerate(shown):
        for i in ids:
            rows.append(feats[i] @ weights + 10.0 * session + rng.normal(size=N_VOXELS) * 1.5)
            trials.append((f"st{i:03d}", f"ses{session + 1}"))
    betas = np.array(rows, dtype=np.float32)
    if fmt == "npy":
        np.save(os.path.join(folder, "betas.npy"), betas)
    else:
        with h5py.File(os.path.join(folder, "betas.h5"), "w") as h:
            h.create_dataset("betas", data=betas, chunks=(32, N_VOXELS))
    with open(os.path.join(folder, "trials.csv"), "w") as f:
        f.write("stimulus,session\n")
        for st, ses in trials:
            f.write(f"{st},{ses}\n")
    with open(os.path.join(folder, "voxels.csv"), "w") as f:
        f.write("id,roi,face-patch\n")
        for v in range(N_VOXELS):
            roi = "V1" if v < 200 else ("V4" if v < 400 else "")
            f.write(f"vox{v},{roi},{1 if 350 <= v < 450 else 0}\n")


def main():
    out = sys.argv[1] if len(sys.argv) > 1 else "data"
    rng = np.random.default_rng(2024)
    os.makedirs(os.path.join(out, "images"), exist_ok=True)
    feats = images(rng, os.path.join(out, "images"))
    every = np.arange(N_IMAGES)
    subject(rng, feats, os.path.join(out, "S1"), [rng.permutation(every), rng.permutation(every)],
            "npy")
    # S2 saw 90 of the images, twice: the other 30 are a warning ("shown by no row"), not an error.
    seen = rng.permutation(every)[:90]
    subject(rng, feats, os.path.join(out, "S2"), [rng.permutation(seen), rng.permutation(seen)],
            "h5")
    with open(os.path.join(out, "dataset.yaml"), "w") as f:
        f.write("""# Written by examples/your-own-data/make_dataset.py; see README "Your own data".
stimuli: images
subjects:
  S1:
    responses: S1/betas.npy
    rows: S1/trials.csv
    voxels: S1/voxels.csv
  S2:
    responses: S2/betas.h5:/betas
    rows: S2/trials.csv
    voxels: S2/voxels.csv
    rois: [V1, V4, face-patch]
""")
    print(f"wrote {out}: {N_IMAGES} images, subjects S1 (.npy) and S2 (HDF5)")


if __name__ == "__main__":
    main()
