#!/usr/bin/env python3
"""Golden files for NumpyRandom and KFold: numpy's legacy RandomState and scikit-learn's KFold.

    /usr/bin/python3 core/support/src/test/python/generate_numpy_random.py
"""
import os
import sys

import numpy as np
import sklearn
from sklearn.model_selection import KFold

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "resources", "numpy-random")
os.makedirs(OUT, exist_ok=True)

with open(os.path.join(OUT, "permutations.csv"), "w") as f:
    for seed, n in [(0, 10), (1, 1), (42, 37), (4294967295, 100), (123456, 1000)]:
        f.write("%d,%d,%s\n" % (seed, n, ",".join(map(str, np.random.RandomState(seed).permutation(n)))))

with open(os.path.join(OUT, "doubles.csv"), "w") as f:
    for seed in [0, 7, 2024]:
        f.write("%d,%s\n" % (seed, ",".join("%.17g" % v for v in np.random.RandomState(seed).random_sample(20))))

with open(os.path.join(OUT, "randint.csv"), "w") as f:
    for seed, high in [(3, 10), (5, 1250), (11, 65537)]:
        f.write("%d,%d,%s\n" % (seed, high, ",".join(map(str, np.random.RandomState(seed).randint(0, high, 50)))))

with open(os.path.join(OUT, "normals.csv"), "w") as f:
    for seed in [0, 9, 31337]:
        f.write("%d,%s\n" % (seed, ",".join("%.17g" % v for v in np.random.RandomState(seed).standard_normal(21))))

with open(os.path.join(OUT, "kfold.csv"), "w") as f:
    for n, k, seed in [(23, 5, 0), (100, 8, 0), (1000, 8, 42), (9, 9, 3)]:
        for fold, (train, test) in enumerate(KFold(n_splits=k, shuffle=True, random_state=seed).split(np.zeros(n))):
            f.write("%d,%d,%d,%d,%s\n" % (n, k, seed, fold, ",".join(map(str, test))))

with open(os.path.join(OUT, "README.md"), "w") as f:
    f.write("# numpy RandomState and scikit-learn KFold golden files\n\nWritten by "
            "`src/test/python/generate_numpy_random.py` with numpy %s, scikit-learn %s (Python %s).\n"
            "permutations.csv: seed, n, RandomState(seed).permutation(n). doubles.csv: seed, "
            "random_sample(20). randint.csv: seed, high, randint(0, high, 50). normals.csv: seed, standard_normal(21). kfold.csv: n, k, seed, "
            "fold, test indices of KFold(k, shuffle=True, random_state=seed).\n"
            % (np.__version__, sklearn.__version__, sys.version.split()[0]))
