#!/usr/bin/env python3
"""Golden file for StimulusFolds: scikit-learn's KFold over the distinct stimuli, rows following.

The distinct stimuli are taken in order of first appearance, split by
KFold(n_splits=k, shuffle=True, random_state=seed), and each row gets the fold of its stimulus.

    /usr/bin/python3 core/support/src/test/python/generate_stimulus_folds.py
"""
import os
import sys

import numpy as np
import sklearn
from sklearn.model_selection import KFold

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "resources", "stimulus-folds")
os.makedirs(OUT, exist_ok=True)


def shown_in_random_order(rng, n_stimuli, max_repeats):
    """Each of n_stimuli ids shown 1 … max_repeats times, trials shuffled (NSD-like)."""
    ids = ["img%d" % i for i in rng.permutation(1000)[:n_stimuli]]
    rows = [s for s in ids for _ in range(rng.randint(1, max_repeats + 1))]
    return [rows[i] for i in rng.permutation(len(rows))]


rng = np.random.RandomState(2026)
CASES = {
    # unsorted distinct ids: must equal KFold over the rows
    "distinct": ["s%d" % i for i in rng.permutation(40)[:23]],
    # three consecutive repeats of each stimulus, ids not in sorted order
    "blocks": [s for s in ["s17", "s3", "s250", "s9", "s41", "s2", "s100", "s8", "s60", "s5"]
               for _ in range(3)],
    "shuffled": shown_in_random_order(rng, 30, 3),
    # one stimulus shown far more often than the rest
    "uneven": ["b"] * 9 + ["a", "c", "d", "e", "f", "g", "h"] + ["b"] * 3 + ["a", "i"],
}


def row_folds(stimuli, k, seed):
    order = list(dict.fromkeys(stimuli))  # first appearance
    fold_of = {}
    splits = KFold(n_splits=k, shuffle=True, random_state=seed).split(np.zeros(len(order)))
    for fold, (_, test) in enumerate(splits):
        for t in test:
            fold_of[order[t]] = fold
    return [fold_of[s] for s in stimuli]


with open(os.path.join(OUT, "folds.csv"), "w") as f:
    for name, stimuli in CASES.items():
        f.write("ids,%s,%s\n" % (name, ",".join(stimuli)))
        for k in [2, 5, 8]:
            for seed in [0, 42, 4294967295]:
                f.write("folds,%s,%d,%d,%s\n" % (name, k, seed, ",".join(map(str, row_folds(stimuli, k, seed)))))

with open(os.path.join(OUT, "README.md"), "w") as f:
    f.write("# Folds over stimuli: golden file\n\nWritten by `src/test/python/generate_stimulus_folds.py` "
            "with numpy %s, scikit-learn %s (Python %s).\n\n"
            "folds.csv holds, per case, a line `ids,CASE,stimulus of row 0,…` and, per fold count k and "
            "seed, a line `folds,CASE,k,seed,fold of row 0,…`: the distinct stimuli in order of first "
            "appearance are split by `KFold(n_splits=k, shuffle=True, random_state=seed)` and each row "
            "gets its stimulus's fold.\n"
            % (np.__version__, sklearn.__version__, sys.version.split()[0]))
