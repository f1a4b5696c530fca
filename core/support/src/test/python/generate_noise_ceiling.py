#!/usr/bin/python3
"""Golden files for org.brainalign.support.stats.NoiseCeiling (run with Debian's /usr/bin/python3).

    /usr/bin/python3 core/support/src/test/python/generate_noise_ceiling.py

NSD's definition (Allen et al. 2022, Nature Neuroscience 25:116-126, Methods, "Noise ceiling"):
betas z-scored per voxel within each session (population std); per voxel, the noise variance is the
mean over stimuli with >= 2 trials of the variance across that stimulus's trials (ddof=1);
ncsnr = sqrt(max(0, 1 - noise)) / sqrt(noise); NC(n) = 100 * ncsnr^2 / (ncsnr^2 + 1/n), percent.

Writes ../resources/noise-ceiling/*.csv (%.17g, comma separated, no header):
- trials.csv: (trials x voxels), z-scored within each of two sessions; stimuli repeated 1..4 times;
  voxels 2.. mix a stimulus signal of growing strength with noise; the edge cases are set after the
  z-scoring: voxel 0 is pure noise times 1.25 (noise variance above 1: ncsnr 0, NC 0), voxel 1
  repeats exactly (noise 0: ncsnr inf, NC 100);
- stimuli.csv: one stimulus id per trial (one column);
- ncsnr.csv: the noise variance (row 0) and ncsnr (row 1) per voxel;
- ceiling.csv: NC for n = 1, 2, 3 (one row each) per voxel.
"""
import os
import sys

import numpy as np

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "resources", "noise-ceiling")
STIMULI, VOXELS = 30, 9


def save(name, a):
    np.savetxt(os.path.join(OUT, name), np.atleast_2d(a), fmt="%.17g", delimiter=",")


def ncsnr(trials, stimuli):
    variances = [trials[stimuli == s].var(axis=0, ddof=1)
                 for s in np.unique(stimuli) if np.sum(stimuli == s) >= 2]
    noise = np.mean(variances, axis=0)
    with np.errstate(divide="ignore"):
        return noise, np.sqrt(np.maximum(0, 1 - noise)) / np.sqrt(noise)


def ceiling(snr, n):
    with np.errstate(invalid="ignore"):
        return np.where(np.isinf(snr), 100.0, 100 * snr ** 2 / (snr ** 2 + 1.0 / n))


def main():
    os.makedirs(OUT, exist_ok=True)
    rng = np.random.RandomState(20261207)
    reps = rng.randint(1, 5, size=STIMULI)
    stimuli = rng.permutation(np.repeat(np.arange(STIMULI), reps))
    signal = rng.standard_normal((STIMULI, VOXELS))
    strength = np.linspace(0, 3, VOXELS)
    trials = signal[stimuli] * strength + rng.standard_normal((stimuli.size, VOXELS))
    half = stimuli.size // 2
    for s in (slice(0, half), slice(half, None)):       # z-score per session, population std
        trials[s] = (trials[s] - trials[s].mean(axis=0)) / trials[s].std(axis=0)
    trials[:, 0] *= 1.25                                 # noise variance above 1: ncsnr 0
    trials[:, 1] = stimuli % 7                           # exact repeats: noise 0
    noise, snr = ncsnr(trials, stimuli)
    save("trials.csv", trials)
    save("stimuli.csv", stimuli[:, None])
    save("ncsnr.csv", np.vstack([noise, snr]))
    save("ceiling.csv", np.vstack([ceiling(snr, n) for n in (1, 2, 3)]))
    with open(os.path.join(OUT, "README.md"), "w") as f:
        f.write("# noise ceiling golden files\n\nWritten by `src/test/python/generate_noise_ceiling.py`"
                " with numpy %s (Python %s); see the script for the definitions and what each file "
                "holds.\n" % (np.__version__, sys.version.split()[0]))


if __name__ == "__main__":
    main()
