#!/usr/bin/env python3
"""Writes the small example pair used by README's quick start (committed; rerun to regenerate).

model.npy: (300 stimuli x 2000 units, float32) features; brain.npy: (300 x 150 voxels, float32)
responses that share 8 latent dimensions with the model, plus noise. The dual route is used for the
model side (2000 units > 300 stimuli).
    /usr/bin/python3 examples/compare/make_example.py
"""
import os

import numpy as np

here = os.path.dirname(os.path.abspath(__file__))
rng = np.random.default_rng(2024)
n, p, q, k = 300, 2000, 150, 8
z = rng.standard_normal((n, k)) * (np.arange(1, k + 1) ** -0.5)
model = z @ rng.standard_normal((k, p)) + 0.8 * rng.standard_normal((n, p))
brain = z @ rng.standard_normal((k, q)) + 1.0 * rng.standard_normal((n, q))
np.save(os.path.join(here, "model.npy"), model.astype(np.float32))
np.save(os.path.join(here, "brain.npy"), brain.astype(np.float32))
order = np.random.RandomState(0).permutation(n)
np.savetxt(os.path.join(here, "train.txt"), np.sort(order[:270]), fmt="%d")
np.savetxt(os.path.join(here, "test.txt"), np.sort(order[270:]), fmt="%d")
