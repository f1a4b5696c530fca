#!/usr/bin/python3
"""How much of the `late` ROI's drivers a network layer carries, whatever the alignment metric.

Reads DIR/images.npy and DIR/global_features.npy (written by ExportDataset: the position-invariant
features that drive `late`), runs torchvision's ResNet50 (random weights, torch.manual_seed(SEED),
or --weights FILE), pools each of layer1..layer4 over space, standardises the channels and predicts
every global feature with ridge regression (RidgeCV over 15 alphas, 5-fold cross_val_predict).
Prints the cross-validated R^2 per feature and layer, and per layer the number of features with
R^2 > 0.3. A layer that is a good model of `late` should predict these at least as well as layer1.

Usage: /usr/bin/python3 bench/python/simulated_decodability.py DIR [--weights FILE] [--seed 0]
"""
import argparse

import numpy as np

from simulated_known_answer import layer_outputs


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("dir")
    ap.add_argument("--weights")
    ap.add_argument("--seed", type=int, default=0)
    a = ap.parse_args()
    from sklearn.linear_model import RidgeCV
    from sklearn.model_selection import cross_val_predict
    images = np.load(f"{a.dir}/images.npy")
    targets = np.load(f"{a.dir}/global_features.npy").astype(np.float64)
    layers = ["layer1", "layer2", "layer3", "layer4"]
    pooled = layer_outputs(images, layers, a.weights, a.seed, lambda o: o.mean((2, 3)).numpy())
    for name in layers:
        p = np.concatenate(pooled[name]).astype(np.float64)
        p = (p - p.mean(0)) / (p.std(0) + 1e-9)
        pred = cross_val_predict(RidgeCV(alphas=np.logspace(-2, 5, 15)), p, targets, cv=5)
        r2 = 1 - ((pred - targets) ** 2).sum(0) / ((targets - targets.mean(0)) ** 2).sum(0)
        print(f"{name}: {int((r2 > 0.3).sum())} of {len(r2)} features with R^2 > 0.3; "
              f"R^2 = {np.array2string(np.round(r2, 2), max_line_width=200)}")


if __name__ == "__main__":
    main()
