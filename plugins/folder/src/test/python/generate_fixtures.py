#!/usr/bin/env python3
"""Writes the folder-dataset test fixtures and their expected responses (numpy reference).

Run from the repository root:  /usr/bin/python3 plugins/folder/src/test/python/generate_fixtures.py

tiny/      dataset.yaml, images/ (6 PNGs, im6 shown by no row), S1 (.npy float32, sessions A/B,
           repetitions, a voxel constant in session A, a large offset), S2 (the same values as
           .csv and HDF5), expected/*.csv = the responses numpy computes for each option set.
tiny-h5/   the same subjects, stimuli as one HDF5 image array with an id list.
reps/      repeated presentations with a signal, for the noise ceiling (ncsnr): R1 (sessions),
           R2 (the same rows without a session column), R3 (every stimulus once: no ncsnr);
           expected/ncsnr_*.csv = the ncsnr and noise ceilings numpy computes with the definitions
           of core/support/src/test/python/generate_noise_ceiling.py.
"""
import os
import sys
import numpy as np
import h5py
import nibabel as nib
from PIL import Image

HERE = os.path.dirname(os.path.abspath(__file__))
RES = os.path.join(HERE, "..", "resources")
TINY = os.path.join(RES, "tiny")
TINY_H5 = os.path.join(RES, "tiny-h5")
REPS = os.path.join(RES, "reps")
sys.path.insert(0, os.path.join(HERE, "..", "..", "..", "..", "..", "core", "support", "src",
                                "test", "python"))
import generate_noise_ceiling as nsd  # noqa: E402  (NSD's ncsnr, the golden definitions)

rng = np.random.default_rng(16)
IDS = ["im1", "im2", "im3", "im4", "im5", "im6"]  # file-name order; im6 is never shown

# rows: (stimulus, session); im1..im5 shown, several repeated, across sessions A and B
ROWS = [("im3", "A"), ("im1", "A"), ("im2", "A"), ("im1", "A"), ("im5", "A"), ("im4", "A"),
        ("im2", "B"), ("im3", "B"), ("im5", "B"), ("im1", "B"), ("im4", "B"), ("im3", "B"),
        ("im2", "B")]
N, V = len(ROWS), 9
X = (rng.normal(size=(N, V)) * 2.0 + 1000.0).astype(np.float32)  # offset: z-scoring must not cancel
sess = np.array([s for _, s in ROWS])
X[sess == "A", 4] = np.float32(1000.5)  # voxel 4 constant in session A
# voxel table: id, roi label, plus 0/1 columns 'early' and 'all-odd'
ROI = ["V1", "V1", "V2", "V2", "V1", "", "V2", "V3", "V3"]
EARLY = [1, 1, 1, 1, 1, 0, 0, 0, 0]
ODD = [0, 1, 0, 1, 0, 1, 0, 1, 0]


# label volume (x fastest): -1 outside, 0 unlabelled, 1 V1, 2 V2, 3 unnamed
VOLUME = [1, 1, 2, 0, -1, 3, 2, 2, 1, 3, 0, 1, 2, -1, 3, 0, 1, 2]
IJK = [(0, 0, 0), (1, 0, 0), (2, 0, 0), (0, 1, 0), (1, 1, 0), (2, 1, 0), (0, 2, 0), (2, 0, 1),
       (2, 2, 1)]


def volume_roi(label):
    vol = np.array(VOLUME).reshape((3, 3, 2), order="F")
    return [v for v, (i, j, k) in enumerate(IJK) if vol[i, j, k] == label]


def zscore(x, sessions):
    z = np.zeros(x.shape, dtype=np.float64)
    x = x.astype(np.float64)
    for s in np.unique(sessions):
        m = sessions == s
        mu = x[m].mean(axis=0)
        sd = x[m].std(axis=0)  # population std, ddof 0
        with np.errstate(invalid="ignore", divide="ignore"):
            zz = (x[m] - mu) / sd
        zz[:, sd == 0] = 0.0
        z[m] = zz
    return z


def responses(zs, separate, drop, cols):
    vals = zscore(X, sess) if zs else X.astype(np.float64)
    cols = list(cols)
    if zs and drop:
        const = [c for c in cols if any(X[sess == s, c].astype(np.float64).std() == 0
                                         for s in np.unique(sess))]
        cols = [c for c in cols if c not in const]
    if separate:
        seen = {}
        ids = []
        for st, _ in ROWS:
            ids.append(f"{st}#{seen.get(st, 0)}")
            seen[st] = seen.get(st, 0) + 1
        return ids, cols, vals[:, cols]
    ids, out = [], []
    for st in IDS:
        idx = [i for i, (s, _) in enumerate(ROWS) if s == st]
        if idx:
            ids.append(st)
            out.append(vals[idx][:, cols].mean(axis=0))
    return ids, cols, np.array(out)


def write_expected(name, ids, cols, y):
    with open(os.path.join(TINY, "expected", name + ".csv"), "w") as f:
        f.write("row," + ",".join(str(c) for c in cols) + "\n")
        for i, row in zip(ids, y):
            f.write(i + "," + ",".join(repr(float(v)) for v in row) + "\n")


def main():
    for d in ["images", "S1", "S2", "expected"]:
        os.makedirs(os.path.join(TINY, d), exist_ok=True)
    os.makedirs(TINY_H5, exist_ok=True)
    pics = rng.integers(0, 256, size=(len(IDS), 8, 10, 3), dtype=np.uint8)
    for i, name in enumerate(IDS):
        Image.fromarray(pics[i], "RGB").save(os.path.join(TINY, "images", name + ".png"))
    np.save(os.path.join(TINY, "S1", "betas.npy"), X)
    for subj in ["S1", "S2"]:
        with open(os.path.join(TINY, subj, "trials.csv"), "w") as f:
            f.write("stimulus,session,note\n")
            for st, s in ROWS:
                f.write(f"{st},{s},x\n")
        with open(os.path.join(TINY, subj, "voxels.csv"), "w") as f:
            f.write("id,roi,early,all-odd\n")
            for v in range(V):
                f.write(f"v{v},{ROI[v]},{EARLY[v]},{ODD[v]}\n")
    with open(os.path.join(TINY, "S2", "betas.csv"), "w") as f:
        for row in X:
            f.write(",".join(repr(float(v)) for v in row) + "\n")
    with h5py.File(os.path.join(TINY, "S2", "betas.h5"), "w") as h:
        h.create_dataset("responses/betas", data=X, chunks=(4, 3))
    with open(os.path.join(TINY, "dataset.yaml"), "w") as f:
        f.write("# test fixture written by plugins/folder/src/test/python/generate_fixtures.py\n"
                "stimuli: images\n"
                "subjects:\n"
                "  S1:\n"
                "    responses: S1/betas.npy\n"
                "    rows: S1/trials.csv\n"
                "    voxels: S1/voxels.csv\n"
                "  S2:\n"
                "    responses: S2/betas.csv\n"
                "    rows: S2/trials.csv\n"
                "    voxels: S2/voxels.csv\n"
                "    rois: [V1, early]\n"
                "  S2h5:\n"
                "    responses: S2/betas.h5:/responses/betas\n"
                "    rows: S2/trials.csv\n"
                "    voxels: S2/voxels.csv\n"
                "  S3:\n"
                "    responses: S1/betas.npy\n"
                "    rows: S1/trials.csv\n"
                "    voxels: S3/voxels.csv\n"
                "    roi-volume: S3/rois.nii.gz\n"
                "    roi-names: {1: V1, 2: V2}\n")
    # S3: the S1 matrix with ROIs from a label volume (3 x 3 x 2, int16) at the voxels' i, j, k
    os.makedirs(os.path.join(TINY, "S3"), exist_ok=True)
    vol = np.array(VOLUME, dtype=np.int16).reshape((3, 3, 2), order="F")
    nib.save(nib.Nifti1Image(vol, np.eye(4)), os.path.join(TINY, "S3", "rois.nii.gz"))
    with open(os.path.join(TINY, "S3", "voxels.csv"), "w") as f:
        f.write("id,i,j,k\n")
        for v, (i, j, k) in enumerate(IJK):
            f.write(f"v{v},{i},{j},{k}\n")
    with h5py.File(os.path.join(TINY_H5, "stimuli.h5"), "w") as h:
        h.create_dataset("images", data=pics, chunks=(1, 8, 10, 3), compression="gzip")
        h.create_dataset("ids", data=np.array(IDS, dtype=h5py.string_dtype()))
    with open(os.path.join(TINY_H5, "dataset.yaml"), "w") as f:
        f.write("stimuli:\n"
                "  images: stimuli.h5:/images\n"
                "  ids: stimuli.h5:/ids\n"
                "subjects:\n"
                "  S1:\n"
                "    responses: ../tiny/S1/betas.npy\n"
                "    rows: ../tiny/S1/trials.csv\n"
                "    voxels: ../tiny/S1/voxels.csv\n")
    cases = {
        "V1_default": (True, False, False, [0, 1, 4]),
        "V1_separate": (True, True, False, [0, 1, 4]),
        "V1_zscore-none": (False, False, False, [0, 1, 4]),
        "V1_drop": (True, False, True, [0, 1, 4]),
        "early_default": (True, False, False, [0, 1, 2, 3, 4]),
        "all-odd_separate-none": (False, True, False, [1, 3, 5, 7]),
        "V2-volume_default": (True, False, False, volume_roi(2)),
        "3-volume_default": (True, False, False, volume_roi(3)),
    }
    for name, (zs, sep, drop, cols) in cases.items():
        write_expected(name, *responses(zs, sep, drop, cols))
    write_reps()
    with open(os.path.join(RES, "README.md"), "w") as f:
        f.write("# folder plugin test fixtures\n\n"
                "Written by `src/test/python/generate_fixtures.py` (seeded; run from the repository "
                "root with `/usr/bin/python3`) with numpy " + np.__version__ + ", h5py "
                + h5py.__version__ + ", Pillow " + Image.__version__ + ".\n\n"
                "- `tiny/`: a dataset.yaml over 6 PNG stimuli (im6 shown by no row), S1 as .npy, "
                "S2 as .csv (with a subject-level `rois:` list) and S2h5 as HDF5 — the same 13 × 9 "
                "float32 matrix, sessions A and B, voxel 4 constant in session A, offset 1000.\n"
                "- `tiny/expected/`: the responses numpy computes (z-score per session with the "
                "population std, constant → 0 or dropped, mean over repetitions in file-name "
                "order, or separate rows `<id>#<rep>`), columns = source column indices.\n"
                "- `tiny/S3`: the S1 matrix with ROIs from a label NIfTI (nibabel " + nib.__version__
                + ", int16, 3 × 3 × 2) at the voxel table's i, j, k; labels 1, 2 named V1, V2, "
                "label 3 unnamed.\n"
                "- `tiny-h5/`: the same stimuli as an HDF5 array (n, 8, 10, 3) uint8 plus ids.\n"
                "- `reps/`: the tiny images shown 1 to 6 times each over sessions s1-s3 (26 rows, "
                "8 float64 voxels: voxel 0 pure noise, then a stimulus signal of growing strength,"
                " voxel 5 constant in session s2); R1 with the session column, R2 without it, R3 "
                "every stimulus once. `reps/expected/ncsnr_<R>.csv`: per source column the ncsnr "
                "(rows z-scored per session, population std, constant → 0; R2: all rows one "
                "session), the noise ceiling of the mean rows `nc_mean` = ncsnr² / (ncsnr² + mean "
                "over shown stimuli of 1/n) and of single-trial rows `nc_separate` = ncsnr² / "
                "(ncsnr² + 1), fractions; ncsnr from `generate_noise_ceiling.ncsnr` of "
                "core/support.\n")


def write_reps():
    """reps/: repeated presentations with a signal, and numpy's ncsnr and noise ceilings."""
    r = np.random.RandomState(23)
    counts = [5, 1, 6, 4, 5, 5]  # im2 shown once: not in the noise variance
    shown = np.array(r.permutation(np.repeat(np.arange(len(IDS)), counts)))
    sessions = np.array(["s1"] * 9 + ["s2"] * 9 + ["s3"] * 8)
    n, v = shown.size, 8
    signal = r.standard_normal((len(IDS), v))
    strength = np.linspace(0, 3, v)
    x = signal[shown] * strength + r.standard_normal((n, v)) + 50.0
    x[sessions == "s2", 5] = 7.25  # constant within a session: z-score 0 there
    for subj in ["R1", "R2", "R3"]:
        os.makedirs(os.path.join(REPS, subj), exist_ok=True)
    os.makedirs(os.path.join(REPS, "expected"), exist_ok=True)
    np.save(os.path.join(REPS, "R1", "betas.npy"), x)
    first = [np.flatnonzero(shown == i)[0] for i in range(len(IDS))]
    np.save(os.path.join(REPS, "R3", "betas.npy"), x[first])
    with open(os.path.join(REPS, "R1", "trials.csv"), "w") as f:
        f.write("stimulus,session\n" + "".join(f"{IDS[i]},{s}\n" for i, s in zip(shown, sessions)))
    with open(os.path.join(REPS, "R2", "trials.csv"), "w") as f:
        f.write("stimulus\n" + "".join(f"{IDS[i]}\n" for i in shown))
    with open(os.path.join(REPS, "R3", "trials.csv"), "w") as f:
        f.write("stimulus\n" + "".join(f"{IDS[i]}\n" for i in range(len(IDS))))
    with open(os.path.join(REPS, "voxels.csv"), "w") as f:
        f.write("id,roi\n" + "".join(f"w{j},{'V1' if j < 6 else 'V2'}\n" for j in range(v)))
    with open(os.path.join(REPS, "dataset.yaml"), "w") as f:
        f.write("# test fixture written by plugins/folder/src/test/python/generate_fixtures.py\n"
                "stimuli: ../tiny/images\n"
                "subjects:\n"
                "  R1: {responses: R1/betas.npy, rows: R1/trials.csv, voxels: voxels.csv}\n"
                "  R2: {responses: R1/betas.npy, rows: R2/trials.csv, voxels: voxels.csv}\n"
                "  R3: {responses: R3/betas.npy, rows: R3/trials.csv, voxels: voxels.csv}\n")
    inverse = np.mean([1.0 / c for c in counts])  # the mean rows: one per stimulus shown
    for subj, sess in [("R1", sessions), ("R2", np.array(["all"] * n))]:
        _, snr = nsd.ncsnr(zscore(x, sess), shown)
        with open(os.path.join(REPS, "expected", f"ncsnr_{subj}.csv"), "w") as f:
            f.write("column,ncsnr,nc_mean,nc_separate\n")
            for j in range(v):
                s2 = snr[j] ** 2
                f.write(f"{j},{snr[j]!r},{s2 / (s2 + inverse)!r},{s2 / (s2 + 1.0)!r}\n")


if __name__ == "__main__":
    main()
