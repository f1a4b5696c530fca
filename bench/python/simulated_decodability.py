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


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("dir")
    ap.add_argument("--weights")
    ap.add_argument("--seed", type=int, default=0)
    a = ap.parse_args()
    import torch
    import torchvision
    from sklearn.linear_model import RidgeCV
    from sklearn.model_selection import cross_val_predict
    images = np.load(f"{a.dir}/images.npy")
    targets = np.load(f"{a.dir}/global_features.npy").astype(np.float64)
    torch.manual_seed(a.seed)
    torch.set_num_threads(2)
    model = torchvision.models.resnet50(weights=None)
    if a.weights:
        model.load_state_dict(torch.load(a.weights))
    model.eval()
    layers = ["layer1", "layer2", "layer3", "layer4"]
    pooled = {name: [] for name in layers}
    for name in layers:
        getattr(model, name).register_forward_hook(
            lambda m, i, o, name=name: pooled[name].append(o.mean((2, 3)).numpy()))
    mean = np.array([0.485, 0.456, 0.406], dtype=np.float32)
    std = np.array([0.229, 0.224, 0.225], dtype=np.float32)
    x = ((images.astype(np.float32) / 255.0 - mean) / std).transpose(0, 3, 1, 2)
    with torch.no_grad():
        for start in range(0, len(x), 16):
            model(torch.from_numpy(np.ascontiguousarray(x[start:start + 16])))
    for name in layers:
        p = np.concatenate(pooled[name]).astype(np.float64)
        p = (p - p.mean(0)) / (p.std(0) + 1e-9)
        pred = cross_val_predict(RidgeCV(alphas=np.logspace(-2, 5, 15)), p, targets, cv=5)
        r2 = 1 - ((pred - targets) ** 2).sum(0) / ((targets - targets.mean(0)) ** 2).sum(0)
        print(f"{name}: {int((r2 > 0.3).sum())} of {len(r2)} features with R^2 > 0.3; "
              f"R^2 = {np.array2string(np.round(r2, 2), max_line_width=200)}")


if __name__ == "__main__":
    main()
