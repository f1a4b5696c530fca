#!/usr/bin/env python3
"""Golden files for a study's reference spectra (docs/method.md §7), from scikit-learn's PLSSVD.

Run from the repository root with Debian's packages (python3-numpy, python3-sklearn):
    /usr/bin/python3 core/study/src/test/python/generate_references.py
It writes a small folder dataset with repeated presentations (two subjects, two sessions each)
and the reference spectra numpy and scikit-learn give for it under
src/test/resources/references/. The Java test (ReferenceSpectraGoldenTest) adds the images,
runs a study with `references: [within-subject, between-subject]` and compares its
references.csv with expected.csv. It never runs Python.

The definition replayed here:
  * responses z-scored per voxel within each session (population sd, ddof 0), the folder
    dataset's zscore=session;
  * per subject, the stimuli shown at least twice, in the study's row order (file-name order);
    R0 = each one's first presentation (rows in presentation order), R1 = its second;
  * within-subject: cross-decomposition(X = R0, Y = R1); between-subject (A, B), over the
    stimuli both saw at least twice: the rank-wise mean of (A's R0, B's R1) and (A's R1, B's R0);
  * cross-decomposition: sklearn KFold(n_splits=FOLDS, shuffle=True, random_state=SEED) over the
    rows; per fold PLSSVD fit on train, Pearson r of the transformed test scores per rank;
    singular values of the centred train cross-covariance / (n_train - 1); averaged over folds
    (sd with ddof 1) on the ranks every fold has.
"""
import os
import sys

import numpy as np
import sklearn
from sklearn.cross_decomposition import PLSSVD
from sklearn.model_selection import KFold

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "resources", "references")
FOLDS = 3
SEED = 0
STIMULI = [f"st{i:02d}" for i in range(30)]


def fold_spectrum(xtr, ytr, xte, yte):
    r = min(xtr.shape[0] - 1, xtr.shape[1], ytr.shape[1])
    pls = PLSSVD(n_components=r, scale=False).fit(xtr, ytr)
    xs, ys = pls.transform(xte, yte)
    corr = np.array([np.corrcoef(xs[:, k], ys[:, k])[0, 1] for k in range(r)])
    xc = xtr - xtr.mean(0)
    yc = ytr - ytr.mean(0)
    s = np.linalg.svd(xc.T @ yc, compute_uv=False)[:r] / (xtr.shape[0] - 1)
    return corr, s


def cross_decomposition(x, y):
    per_fold = [fold_spectrum(x[tr], y[tr], x[te], y[te])
                for tr, te in KFold(n_splits=FOLDS, shuffle=True, random_state=SEED).split(x)]
    r = min(len(c) for c, _ in per_fold)
    corr = np.array([c[:r] for c, _ in per_fold])
    sv = np.array([s[:r] for _, s in per_fold])
    return corr.mean(0), corr.std(0, ddof=1), sv.mean(0)


def subject(rng, latent, shown, voxels, name):
    """Trials of one subject: each stimulus in `shown` as often as it says, shuffled, 2 sessions."""
    trials = [s for s, n in shown.items() for _ in range(n)]
    rng.shuffle(trials)
    weights = rng.standard_normal((latent.shape[1], voxels))
    betas = np.array([latent[STIMULI.index(s)] @ weights for s in trials])
    betas += 0.8 * rng.standard_normal(betas.shape) + rng.uniform(-3, 3, voxels)
    sessions = np.array([1 if i < len(trials) // 2 else 2 for i in range(len(trials))])
    betas[sessions == 2] = betas[sessions == 2] * 1.7 + 0.5  # a session-wide change of scale
    d = os.path.join(OUT, name)
    os.makedirs(d, exist_ok=True)
    with open(os.path.join(d, "trials.csv"), "w") as f:
        f.write("stimulus,session\n")
        for s, ses in zip(trials, sessions):
            f.write(f"{s},{ses}\n")
    np.savetxt(os.path.join(d, "betas.csv"), betas, delimiter=",", fmt="%.17g")
    with open(os.path.join(d, "voxels.csv"), "w") as f:
        f.write("roi\n" + "V1\n" * voxels)
    z = np.empty_like(betas)
    for ses in (1, 2):
        rows = sessions == ses
        z[rows] = (betas[rows] - betas[rows].mean(0)) / betas[rows].std(0)
    return trials, z


def presentations(trials, z, order):
    """R0 and R1 of the stimuli in `order`: rows of their first and second presentations."""
    first, second = {}, {}
    for i, s in enumerate(trials):
        if s not in first:
            first[s] = i
        elif s not in second:
            second[s] = i
    return z[[first[s] for s in order]], z[[second[s] for s in order]]


def repeated(trials):
    return [s for s in STIMULI if trials.count(s) >= 2]


def main():
    rng = np.random.default_rng(2023)
    latent = rng.standard_normal((len(STIMULI), 4)) * np.array([3.0, 2.0, 1.2, 0.7])
    s1 = {s: (3 if i < 24 else 1) for i, s in enumerate(STIMULI)}
    s2 = {s: 2 for s in STIMULI[6:]}
    t1, z1 = subject(rng, latent, s1, 12, "S1")
    t2, z2 = subject(rng, latent, s2, 9, "S2")
    with open(os.path.join(OUT, "dataset.yaml"), "w") as f:
        f.write("stimuli: images\nsubjects:\n")
        for name in ("S1", "S2"):
            f.write(f"  {name}:\n    responses: {name}/betas.csv\n    rows: {name}/trials.csv\n"
                    f"    voxels: {name}/voxels.csv\n")
    rows = []
    for name, trials, z in (("S1", t1, z1), ("S2", t2, z2)):
        order = repeated(trials)
        r0, r1 = presentations(trials, z, order)
        rows.append(("within-subject", name, "", cross_decomposition(r0, r1)))
    order = [s for s in repeated(t1) if s in repeated(t2)]
    a0, a1 = presentations(t1, z1, order)
    b0, b1 = presentations(t2, z2, order)
    one, two = cross_decomposition(a0, b1), cross_decomposition(a1, b0)
    r = min(len(one[0]), len(two[0]))
    rows.append(("between-subject", "S1", "S2", tuple((u[:r] + v[:r]) / 2
                                                       for u, v in zip(one, two))))
    with open(os.path.join(OUT, "expected.csv"), "w") as f:
        f.write("kind,subject,subject_b,roi,rank,correlation,correlation_sd,singular_value\n")
        for kind, a, b, (corr, sd, sv) in rows:
            for k in range(len(corr)):
                f.write(f"{kind},{a},{b},V1,{k + 1},{corr[k]:.17g},{sd[k]:.17g},{sv[k]:.17g}\n")
    with open(os.path.join(OUT, "README.md"), "w") as f:
        f.write("# Reference spectra golden files\n\nWritten by "
                "`core/study/src/test/python/generate_references.py` with numpy %s and scikit-learn "
                "%s (Python %s): a folder dataset (S1: 24 stimuli shown 3 times, 6 once, 12 "
                "voxels; S2: 24 stimuli shown twice, 9 voxels; two sessions each) without its "
                "images (the test draws them), and `expected.csv`, the within-subject and "
                "between-subject reference spectra at %d folds, seed %d.\n"
                % (np.__version__, sklearn.__version__, sys.version.split()[0], FOLDS, SEED))


if __name__ == "__main__":
    main()
