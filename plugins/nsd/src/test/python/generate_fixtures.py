#!/usr/bin/python3
"""Writes the NSD plugin's test fixtures: a miniature NSD tree in the real on-disk layout, NIfTI
files for the reader, and the responses numpy computes from them.

Run from anywhere with Debian's python3 (numpy, scipy, h5py, nibabel):

    /usr/bin/python3 plugins/nsd/src/test/python/generate_fixtures.py
    /usr/bin/python3 plugins/nsd/src/test/python/generate_fixtures.py stimuli-fuzz   # only those
    /usr/bin/python3 plugins/nsd/src/test/python/generate_fixtures.py ncsnr          # only those

Everything is seeded, so a rerun rewrites the same numbers. The Java tests read only the files.

Layout facts this follows (see shared/research/nsd_format.md):
* betas: nsddata_betas/ppdata/subjXX/func1pt8mm/<betas>/betas_sessionNN.hdf5, dataset /betas,
  int16, h5py shape (trials, Z, Y, X), chunked (trials, 1, 1, 1), no filters; the real files
  have 750 trials, these have TRIALS.
* ROIs: nsddata/ppdata/subjXX/func1pt8mm/roi/{,lh.,rh.}<family>.nii.gz, nibabel shape (X, Y, Z),
  values -1 (not cortex), 0 (unlabelled), 1..N.
* label tables: nsddata/freesurfer/subjXX/label/<family>.mgz.ctab, "<int> <name>" per line.
* design: nsddata/experiments/nsd/nsd_expdesign.mat (level 5, compressed) with masterordering,
  subjectim, sharedix, and an abridged nsd_stim_info_merged.csv holding the same trials.
* stimuli: nsddata_stimuli/stimuli/nsd/nsd_stimuli.hdf5, /imgBrick uint8 (73000, H, W, 3),
  chunked one image per chunk; only the images a subject saw are written (the rest are unallocated
  chunks that read as the fill value 0).
* stimuli for the fuzzer (stimuli-fuzz/): /imgBrick in the real image size, uint8 (N, 425, 425, 3),
  once contiguous (h5py's default layout, N = 1) and once chunked one image per chunk with gzip
  (N = 2); the real file's layout is not documented, so both are read. Pixel values follow pixel().
* ncsnr: nsddata_betas/ppdata/subjXX/func1pt8mm/<betas>/ncsnr.nii.gz, float32 (X, Y, Z), written
  for betas_fithrf_GLMdenoise_RR only (betas_fithrf has none, as a missing-file case) from the
  fixture's own betas with NSD's definition (Allen et al. 2022, Methods, "Noise ceiling"): every
  session on disk z-scored per voxel (population std; a voxel constant in a session is 0 there, as
  the plugin does), noise variance = mean over images with >= 2 trials of the variance across the
  image's trials (ddof=1), ncsnr = sqrt(max(0, 1 - noise)) / sqrt(noise); voxels outside the
  brain mask (all-zero betas) hold 0. The betas are noise, so the values are small (0 to ~1).
  expected/ncsnr-min.csv: for V1-V4, a threshold between two of its voxels' float32 ncsnr values
  and the flat indices of the voxels at or above it.
"""
import csv
import os
import shutil
import sys

import h5py
import nibabel as nib
import numpy as np
import scipy
import scipy.io

HERE = os.path.dirname(os.path.abspath(__file__))
RES = os.path.normpath(os.path.join(HERE, "..", "resources"))
ROOT = os.path.join(RES, "nsd-mini")

X, Y, Z = 7, 5, 4          # deliberately unequal: a transposed read cannot pass
TRIALS = 12                # trials per session (750 in the real files)
DESIGN_SESSIONS = 4        # the design describes 4 sessions; fewer are on disk
IMAGES_PER_SUBJECT = 20    # columns of subjectim (10,000 in the real file)
SHOWN = 16                 # images shown three times each in the design
IMG_H, IMG_W = 6, 5        # imgBrick image size (425 x 425 in the real file)
CONSTANT = (2, 1, 3, 57)   # (i, j, k, value): a V1v voxel constant in session 2 of GLMdenoise_RR

PRF = ["V1v", "V1d", "V2v", "V2d", "V3v", "V3d", "hV4"]
STREAMS = ["early", "midventral", "midlateral", "midparietal", "ventral", "lateral", "parietal"]
FACES = ["OFA", "FFA-1", "FFA-2", "mTL-faces", "aTL-faces"]

rng = np.random.default_rng(20240603)


def path(*parts):
    p = os.path.join(ROOT, *parts)
    os.makedirs(os.path.dirname(p), exist_ok=True)
    return p


def affine():
    a = np.diag([1.8, 1.8, 1.8, 1.0])
    a[:3, 3] = -(np.array([X, Y, Z]) + 1) / 2 * 1.8
    return a


def save_nifti(data, file, dtype):
    img = nib.Nifti1Image(data.astype(dtype), affine())
    img.header.set_sform(affine(), code=1)
    img.header.set_qform(None, code=0)
    nib.save(img, file)


# ---------------------------------------------------------------------------------------------
# Design
def write_design():
    subjectim = np.zeros((8, IMAGES_PER_SUBJECT), dtype=np.float64)
    shared = rng.choice(np.arange(2, 72999), size=4, replace=False) + 1
    for s in range(8):
        pool = np.setdiff1d(np.arange(1, 73001), shared)
        own = rng.choice(pool, size=IMAGES_PER_SUBJECT - 4, replace=False)
        subjectim[s] = np.concatenate([shared, own])
    # the edges of the 73k range: 1-based ids 1 and 73000 (0-based 0 and 72999) for subject 1
    subjectim[0, 4] = 1
    subjectim[0, 5] = 73000
    masterordering = rng.permutation(np.repeat(np.arange(1, SHOWN + 1), 3)).astype(np.float64)
    assert masterordering.size == DESIGN_SESSIONS * TRIALS
    sharedix = subjectim[0, :4].copy()
    stimpattern = np.zeros((DESIGN_SESSIONS, 12, 75))
    basiccnt = np.zeros((3, DESIGN_SESSIONS))
    variables = dict(masterordering=masterordering[None, :], subjectim=subjectim,
                     sharedix=sharedix[None, :], stimpattern=stimpattern, basiccnt=basiccnt)
    scipy.io.savemat(path("nsddata", "experiments", "nsd", "nsd_expdesign.mat"), variables,
                     do_compression=True, format="5", oned_as="row")
    os.makedirs(os.path.join(RES, "design"), exist_ok=True)
    scipy.io.savemat(os.path.join(RES, "design", "nsd_expdesign_uncompressed.mat"), variables,
                     do_compression=False, format="5", oned_as="row")
    write_stim_info(subjectim, masterordering)
    return subjectim.astype(np.int64), masterordering.astype(np.int64)


def write_stim_info(subjectim, masterordering):
    """Abridged nsd_stim_info_merged.csv: the real header, rows only for images some subject saw."""
    ids = sorted({int(v) - 1 for v in subjectim.ravel()} | {5, 6})
    reps = {}  # (subject, 0-based id) -> 1-based trial numbers
    for s in range(8):
        for t, col in enumerate(masterordering):
            reps.setdefault((s, int(subjectim[s, int(col) - 1]) - 1), []).append(t + 1)
    header = ["", "cocoId", "cocoSplit", "cropBox", "loss", "nsdId", "flagged", "BOLD5000",
              "shared1000"] + [f"subject{s}" for s in range(1, 9)] + [
        f"subject{s}_rep{r}" for s in range(1, 9) for r in range(3)]
    with open(path("nsddata", "experiments", "nsd", "nsd_stim_info_merged.csv"), "w",
              newline="") as f:
        w = csv.writer(f)
        w.writerow(header)
        for nsd in ids:
            shown = [reps.get((s, nsd), []) for s in range(8)]
            row = [nsd, 100000 + nsd, "train2017", "(0, 0, 0.1671875, 0.1671875)", 0.0, nsd,
                   "False", "False", str(nsd + 1 in subjectim[0, :4]).capitalize()]
            row += [1 if nsd + 1 in subjectim[s] else 0 for s in range(8)]
            row += [(shown[s] + [0, 0, 0])[r] for s in range(8) for r in range(3)]
            w.writerow(row)


# ---------------------------------------------------------------------------------------------
# ROIs
def write_rois():
    cortex = rng.random((X, Y, Z)) < 0.8
    lh = np.zeros((X, Y, Z), dtype=bool)
    lh[:3] = True
    families = {
        "prf-visualrois": (len(PRF), PRF, "f8"),
        "streams": (len(STREAMS), STREAMS, "f8"),
        "nsdgeneral": (1, ["nsdgeneral"], "i2"),
        "floc-faces": (len(FACES), FACES, "f4"),
        "Kastner2015": (3, None, "f8"),  # no .ctab: labels by number only
    }
    rois = {}
    for name, (n, labels, dtype) in families.items():
        vol = np.where(cortex, rng.integers(0, n + 1, size=(X, Y, Z)), -1).astype(np.float64)
        if name == "prf-visualrois":
            i, j, k, _ = CONSTANT
            vol[i, j, k] = 1  # the constant voxel lies in V1v
        roi_dir = ("nsddata", "ppdata", "subj01", "func1pt8mm", "roi")
        save_nifti(vol, path(*roi_dir, name + ".nii.gz"), dtype)
        save_nifti(np.where(lh, vol, -1), path(*roi_dir, "lh." + name + ".nii.gz"), dtype)
        save_nifti(np.where(~lh, vol, -1), path(*roi_dir, "rh." + name + ".nii.gz"), dtype)
        if labels is not None:
            with open(path("nsddata", "freesurfer", "subj01", "label", name + ".mgz.ctab"),
                      "w") as f:
                f.write("0 Unknown\n")
                for v, label in enumerate(labels, start=1):
                    f.write(f"{v} {label}\n")
        rois[name] = vol
    # an ROI on another grid, copied in by the grid-mismatch test
    os.makedirs(os.path.join(RES, "bad"), exist_ok=True)
    save_nifti(np.ones((X, Z, Y)), os.path.join(RES, "bad", "wrong-grid.nii.gz"), "f8")
    brain = cortex | (rng.random((X, Y, Z)) < 0.5)
    save_nifti(brain.astype(np.float64),
               path("nsddata", "ppdata", "subj01", "func1pt8mm", "brainmask.nii.gz"), "i2")
    return rois, lh, brain


# ---------------------------------------------------------------------------------------------
# Betas
BETAS = {
    # version: (sessions on disk, chunks, compression)
    "betas_fithrf_GLMdenoise_RR": ([1, 2, 3], (TRIALS, 1, 1, 1), None),
    "betas_fithrf": ([1, 2], (TRIALS, 1, 1, 1), None),
    # not the real layout: exercises the general sliced-read path
    "betas_assumehrf": ([1, 2, 3], (TRIALS, 2, 3, 4), "gzip"),
}


def write_betas(brain):
    base = ("nsddata_betas", "ppdata", "subj01", "func1pt8mm")
    for version, (sessions, chunks, compression) in BETAS.items():
        for s in sessions:
            b = rng.integers(-3000, 3000, size=(TRIALS, Z, Y, X), dtype=np.int16)
            b[:, ~brain.T] = 0  # brain.T is (Z, Y, X): non-brain voxels are zero, as in NSD
            if version == "betas_fithrf_GLMdenoise_RR" and s == 2:
                i, j, k, value = CONSTANT
                b[:, k, j, i] = value
            with h5py.File(path(*base, version, f"betas_session{s:02d}.hdf5"), "w") as f:
                f.create_dataset("betas", data=b, dtype="<i2", chunks=chunks,
                                 compression=compression)


# ---------------------------------------------------------------------------------------------
# Stimuli
def pixel(nsd, r, c, ch):
    """The value the test expects at (row r, column c, channel ch) of image nsd (0-based)."""
    return (nsd * 7 + r * 31 + c * 5 + ch) % 256


def write_stimuli(subjectim):
    with h5py.File(path("nsddata_stimuli", "stimuli", "nsd", "nsd_stimuli.hdf5"), "w") as f:
        d = f.create_dataset("imgBrick", shape=(73000, IMG_H, IMG_W, 3), dtype="u1",
                             chunks=(1, IMG_H, IMG_W, 3))
        r, c, ch = np.meshgrid(np.arange(IMG_H), np.arange(IMG_W), np.arange(3), indexing="ij")
        for nsd in sorted({int(v) - 1 for v in subjectim[0]}):
            d[nsd] = pixel(nsd, r, c, ch).astype(np.uint8)


# ---------------------------------------------------------------------------------------------
# Expected responses, computed the obvious numpy way (h5py fancy indexing, no flat-index tricks)
def expected(name, subjectim, masterordering, rois, lh, version, sessions, zscore, reps,
             family, labels, hemi=None):
    vol = rois[family]
    if hemi == "lh":
        vol = np.where(lh, vol, -1)
    elif hemi == "rh":
        vol = np.where(~lh, vol, -1)
    mask = np.isin(np.rint(vol), labels)
    flat = np.flatnonzero(mask.ravel(order="F"))          # x fastest
    i, j, k = np.unravel_index(flat, (X, Y, Z), order="F")
    values, ids, rep_of, sess_of, trial_of = [], [], [], [], []
    occurrence = {}
    rep_number = []
    for t, col in enumerate(masterordering):               # repetition = occurrence in the design
        nsd = int(subjectim[0, col - 1]) - 1
        rep_number.append(occurrence.get(nsd, 0))
        occurrence[nsd] = occurrence.get(nsd, 0) + 1
    constant = 0
    for s in sessions:
        f = os.path.join(ROOT, "nsddata_betas", "ppdata", "subj01", "func1pt8mm", version,
                         f"betas_session{s:02d}.hdf5")
        with h5py.File(f, "r") as h:
            v = h["betas"][:][:, k, j, i].astype(np.float64)  # (trials, voxels)
        if zscore == "session":
            mu, sd = v.mean(axis=0), v.std(axis=0)          # population std (ddof 0)
            constant += int(np.sum(sd == 0))
            v = np.where(sd > 0, (v - mu) / np.where(sd > 0, sd, 1), 0.0)
        else:
            v = v / 300.0
        values.append(v)
        for t in range(TRIALS):
            g = TRIALS * (s - 1) + t
            ids.append(int(subjectim[0, masterordering[g] - 1]) - 1)
            rep_of.append(rep_number[g])
            sess_of.append(s)
            trial_of.append(t)
    v = np.concatenate(values)
    ids = np.array(ids)
    out = os.path.join(RES, "expected", name + ".csv")
    os.makedirs(os.path.dirname(out), exist_ok=True)
    with open(out, "w") as fh:
        fh.write("# constant_voxel_sessions=%d\n" % constant)
        fh.write("row_id," + ",".join(str(x) for x in flat) + "\n")
        if reps == "mean":
            for nsd in np.unique(ids):
                row = v[ids == nsd].mean(axis=0)
                fh.write(str(nsd) + "," + ",".join("%.17g" % x for x in row) + "\n")
        else:
            for r in range(len(ids)):
                fh.write(f"{ids[r]}#{rep_of[r]}," + ",".join("%.17g" % x for x in v[r]) + "\n")


def write_expected(subjectim, masterordering, rois, lh):
    shutil.rmtree(os.path.join(RES, "expected"), ignore_errors=True)
    g = "betas_fithrf_GLMdenoise_RR"
    all3 = [1, 2, 3]
    e = lambda *a, **kw: expected(*a[:1], subjectim, masterordering, rois, lh, *a[1:], **kw)
    e("V1-V4_default", g, all3, "session", "mean", "prf-visualrois", range(1, 8))
    e("V1-V4_zscore-none", g, all3, "none", "mean", "prf-visualrois", range(1, 8))
    e("V1-V4_separate", g, all3, "session", "separate", "prf-visualrois", range(1, 8))
    e("V1-V4_sessions-1,3", g, [1, 3], "session", "mean", "prf-visualrois", range(1, 8))
    e("V1-V4_assumehrf", "betas_assumehrf", all3, "session", "mean", "prf-visualrois",
      range(1, 8))
    e("nsdgeneral_fithrf", "betas_fithrf", [1, 2], "session", "mean", "nsdgeneral", [1])
    e("V1v_default", g, all3, "session", "mean", "prf-visualrois", [1])
    e("hV4_default", g, all3, "session", "mean", "prf-visualrois", [7])
    e("ventral_default", g, all3, "session", "mean", "streams", [5])
    e("early_separate-none", g, [2], "none", "separate", "streams", [1])
    e("nsdgeneral_default", g, all3, "session", "mean", "nsdgeneral", [1])
    e("floc-faces-FFA-1_default", g, all3, "session", "mean", "floc-faces", [2])
    e("Kastner2015-2_default", g, all3, "session", "mean", "Kastner2015", [2])
    e("lh.V1-V4_default", g, all3, "session", "mean", "prf-visualrois", range(1, 8), hemi="lh")
    e("rh.ventral_default", g, all3, "session", "mean", "streams", [5], hemi="rh")
    e("lh.floc-faces-OFA_default", g, all3, "session", "mean", "floc-faces", [1], hemi="lh")


# ---------------------------------------------------------------------------------------------
# NIfTI reader fixtures: small volumes in every supported datatype and both byte orders
def write_nifti_cases():
    d = os.path.join(RES, "nifti")
    shutil.rmtree(d, ignore_errors=True)
    os.makedirs(d)
    shape = (4, 3, 2)
    base = (np.arange(24).reshape(shape, order="F") - 7).astype(np.float64)
    cases = {
        "int16.nii": (base * 100, "<i2", None),
        "float32.nii.gz": (base / 3, "<f4", None),
        "float64_be.nii": (base / 7, ">f8", None),
        "int32_be.nii.gz": (base * 100000, ">i4", None),
        "uint8.nii.gz": (base + 7, "u1", None),
        "int8.nii": (base, "i1", None),
        "scaled_int16.nii": (base, "<i2", (0.5, -3.0)),
    }
    for name, (data, dtype, scale) in cases.items():
        hdr = nib.Nifti1Header(endianness=">" if dtype.startswith(">") else "<")
        img = nib.Nifti1Image(data.astype(dtype), np.eye(4), header=hdr)
        img.set_data_dtype(np.dtype(dtype).newbyteorder("="))
        if scale is not None:
            img.header.set_slope_inter(*scale)
        nib.save(img, os.path.join(d, name))
    ext = nib.Nifti1Image(base.astype("<f4"), np.eye(4))
    ext.header.extensions.append(nib.nifti1.Nifti1Extension("comment", b"brainalign fixture"))
    nib.save(ext, os.path.join(d, "extension.nii"))
    four = nib.Nifti1Image(np.arange(24, dtype="<f4").reshape((3, 2, 2, 2), order="F"), np.eye(4))
    nib.save(four, os.path.join(d, "4d.nii"))
    for name in list(cases) + ["extension.nii", "4d.nii"]:
        img = nib.load(os.path.join(d, name))
        values = np.asarray(img.get_fdata()).ravel(order="F")  # file order, x fastest
        with open(os.path.join(d, name + ".csv"), "w") as f:
            f.write("# dims=" + ",".join(str(s) for s in img.shape) + " datatype="
                    + str(int(img.header["datatype"])) + " endian=" + img.header.endianness
                    + "\n")
            for x in values:
                f.write("%.17g\n" % x)


def write_stimuli_fuzz_cases():
    d = os.path.join(RES, "stimuli-fuzz")
    os.makedirs(d, exist_ok=True)
    r, c, ch = np.meshgrid(np.arange(425), np.arange(425), np.arange(3), indexing="ij")
    for name, n, opts in [("contiguous.hdf5", 1, {}),
                          ("gzip-chunked.hdf5", 2, {"chunks": (1, 425, 425, 3),
                                                    "compression": "gzip"})]:
        with h5py.File(os.path.join(d, name), "w") as f:
            data = np.stack([pixel(k, r, c, ch) for k in range(n)]).astype(np.uint8)
            f.create_dataset("imgBrick", data=data, dtype="u1", **opts)


# ---------------------------------------------------------------------------------------------
# NSD's noise ceiling SNR from the fixture's betas
def write_ncsnr():
    mat = scipy.io.loadmat(os.path.join(ROOT, "nsddata", "experiments", "nsd", "nsd_expdesign.mat"))
    subjectim = mat["subjectim"].astype(np.int64)
    masterordering = mat["masterordering"].ravel().astype(np.int64)
    version = "betas_fithrf_GLMdenoise_RR"
    sessions, _, _ = BETAS[version]
    base = os.path.join(ROOT, "nsddata_betas", "ppdata", "subj01", "func1pt8mm", version)
    brain = nib.load(os.path.join(ROOT, "nsddata", "ppdata", "subj01", "func1pt8mm",
                                  "brainmask.nii.gz")).get_fdata() > 0
    trials, ids = [], []
    for s in sessions:
        with h5py.File(os.path.join(base, f"betas_session{s:02d}.hdf5"), "r") as h:
            b = h["betas"][:].astype(np.float64)            # (trials, Z, Y, X)
        v = b.reshape(TRIALS, -1)                           # flat index i + X*(j + Y*k)
        mu, sd = v.mean(axis=0), v.std(axis=0)              # population std (ddof 0)
        trials.append(np.where(sd > 0, (v - mu) / np.where(sd > 0, sd, 1), 0.0))
        ids += [int(subjectim[0, masterordering[TRIALS * (s - 1) + t] - 1]) - 1
                for t in range(TRIALS)]
    trials, ids = np.concatenate(trials), np.array(ids)
    noise = np.mean([trials[ids == i].var(axis=0, ddof=1)
                     for i in np.unique(ids) if np.sum(ids == i) >= 2], axis=0)
    with np.errstate(divide="ignore"):
        ncsnr = np.sqrt(np.maximum(0, 1 - noise)) / np.sqrt(noise)
    ncsnr = ncsnr.reshape((X, Y, Z), order="F")
    ncsnr[~brain] = 0
    save_nifti(ncsnr, os.path.join(base, "ncsnr.nii.gz"), "f4")
    # the voxels ncsnr-min keeps in V1-V4, from the float32 values the file holds
    stored = nib.load(os.path.join(base, "ncsnr.nii.gz")).get_fdata().ravel(order="F")
    roi = nib.load(os.path.join(ROOT, "nsddata", "ppdata", "subj01", "func1pt8mm", "roi",
                                "prf-visualrois.nii.gz")).get_fdata().ravel(order="F")
    flat = np.flatnonzero(np.isin(np.rint(roi), range(1, 8)))
    values = np.unique(stored[flat])
    threshold = float((values[len(values) // 2 - 1] + values[len(values) // 2]) / 2)
    kept = flat[stored[flat] >= threshold]
    os.makedirs(os.path.join(RES, "expected"), exist_ok=True)
    with open(os.path.join(RES, "expected", "ncsnr-min.csv"), "w") as f:
        f.write("%.17g\n" % threshold)
        f.write(",".join(str(x) for x in kept) + "\n")


def main():
    if sys.argv[1:] == ["stimuli-fuzz"]:
        write_stimuli_fuzz_cases()
        return
    if sys.argv[1:] == ["ncsnr"]:
        write_ncsnr()
        return
    shutil.rmtree(ROOT, ignore_errors=True)
    subjectim, masterordering = write_design()
    rois, lh, brain = write_rois()
    write_betas(brain)
    write_stimuli(subjectim)
    write_expected(subjectim, masterordering, rois, lh)
    write_ncsnr()
    write_nifti_cases()
    write_stimuli_fuzz_cases()
    print("numpy", np.__version__, "scipy", scipy.__version__, "h5py", h5py.__version__,
          "hdf5", h5py.version.hdf5_version, "nibabel", nib.__version__)


if __name__ == "__main__":
    main()
