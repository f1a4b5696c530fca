#!/usr/bin/python3
"""Checks the simulated dataset's known answer with a real network (a check, not a unit test).

Reads the files written by ExportDataset (images.npy, subj01_early.npy, subj01_late.npy), runs
torchvision's ResNet50 with seeded random weights (ImageNet weights cannot be downloaded here; pass
--weights FILE for a torchvision state dict), and computes the cross-decomposition spectrum per layer
and ROI: centre on the training means, SVD of Xtr^T Ytr, correlate the held-out scores rank by rank,
5-fold shuffled with seed 0 (as scikit-learn's PLSSVD(scale=False) fit/transform). It is computed
through Gram matrices K = X X^T (the dual route of docs/method.md §2), so features are reduced to one
n x n matrix per layer and reducer, cached in DIR/grams.npz (recomputed when the images change).
Reducers: sparse random projection (Li, Hastie & Church 2006, density 1/sqrt(d)) over channels
(the same k x C matrix at every position) or over spatial positions (the same k x HW matrix for
every channel).

Usage: /usr/bin/python3 bench/python/simulated_known_answer.py DIR [--weights FILE]
"""
import argparse
import hashlib
import os
import time

import numpy as np

LAYERS = ["relu", "layer1", "layer2", "layer3", "layer4", "avgpool"]
KS = (4, 16)
KINDS = ["full"] + [f"{axis}{k}" for axis in ("ch", "sp") for k in KS]


def sparse_projection(d, k, rng):
    density = 1 / np.sqrt(d)
    mask = rng.random_sample((k, d)) < density
    signs = np.where(rng.random_sample((k, d)) < 0.5, -1.0, 1.0)
    return (mask * signs / np.sqrt(density * k)).astype(np.float32)


def layer_outputs(images, layers, weights, seed, keep):
    """Runs torchvision's ResNet50 (random weights from torch.manual_seed(seed), or the state dict
    in the file `weights`) on uint8 images (n, h, w, 3), ImageNet-normalised, in batches of 16.
    Returns {layer: [keep(output) per batch]} for each named layer."""
    import torch
    import torchvision
    torch.set_num_threads(2)
    torch.manual_seed(seed)
    model = torchvision.models.resnet50(weights=None)
    if weights:
        model.load_state_dict(torch.load(weights))
    model.eval()
    out = {name: [] for name in layers}
    hooks = [getattr(model, name).register_forward_hook(
        lambda m, i, o, name=name: out[name].append(keep(o)))
        for name in layers]
    mean = np.array([0.485, 0.456, 0.406], dtype=np.float32)
    std = np.array([0.229, 0.224, 0.225], dtype=np.float32)
    x = ((images.astype(np.float32) / 255.0 - mean) / std).transpose(0, 3, 1, 2)
    with torch.no_grad():
        for start in range(0, len(x), 16):
            model(torch.from_numpy(np.ascontiguousarray(x[start:start + 16])))
    for h in hooks:
        h.remove()
    return out


def grams(images, weights, seed):
    out = layer_outputs(images, LAYERS, weights, seed,
                        lambda o: o.detach().numpy().astype(np.float32))
    rng = np.random.RandomState(0)
    result = {}
    for name in LAYERS:
        f = np.concatenate(out[name])
        if f.ndim == 2:
            f = f[:, :, None, None]
        n, c, h, w = f.shape
        zs = {"full": f.reshape(n, -1)}
        for k in KS:
            zs[f"ch{k}"] = np.einsum("kc,nchw->nkhw", sparse_projection(c, min(k, c), rng),
                                     f).reshape(n, -1)
            zs[f"sp{k}"] = np.einsum("ks,ncs->nck", sparse_projection(h * w, min(k, h * w), rng),
                                     f.reshape(n, c, h * w)).reshape(n, -1)
        for kind, z in zs.items():
            z = z.astype(np.float64)
            result[f"{name}/{kind}"] = z @ z.T
        result[f"{name}/shape"] = np.array([c, h, w])
    return result


def spectrum(gram, y, folds=5, seed=0):
    """Mean over folds of the per-rank test correlation, from the Gram matrix of X."""
    n = len(y)
    order = np.random.RandomState(seed).permutation(n)
    parts = np.array_split(order, folds)
    result = []
    for f in range(folds):
        te = parts[f]
        tr = np.concatenate([parts[g] for g in range(folds) if g != f])
        # Centre X on the training mean mu: Kc_ij = K_ij - m_i - m_j + mu.mu, m_i = x_i . mu.
        m = gram[:, tr].mean(1)
        mm = gram[np.ix_(tr, tr)].mean()
        kc = gram - m[:, None] - m[None, :] + mm
        my = y[tr].mean(0)
        ytr, yte = y[tr] - my, y[te] - my
        # C = Xtr^T Ytr = U S V^T; V, S^2 from Ytr^T Ktr Ytr; Xte U = Kte,tr Ytr V / S.
        evals, v = np.linalg.eigh(ytr.T @ kc[np.ix_(tr, tr)] @ ytr)
        keep = evals > evals.max() * 1e-10
        evals, v = evals[keep][::-1], v[:, keep][:, ::-1]
        r = min(len(evals), len(tr) - 1)
        s = np.sqrt(evals[:r])
        a = kc[np.ix_(te, tr)] @ ytr @ v[:, :r] / s
        b = yte @ v[:, :r]
        a = a - a.mean(0)
        b = b - b.mean(0)
        result.append((a * b).sum(0) / np.sqrt((a * a).sum(0) * (b * b).sum(0)))
    r = min(len(x) for x in result)
    return np.mean([x[:r] for x in result], axis=0)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("dir")
    ap.add_argument("--weights")
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--subject", default="subj01")
    a = ap.parse_args()
    cache = os.path.join(a.dir, "grams.npz")
    images = np.load(os.path.join(a.dir, "images.npy"))
    digest = np.frombuffer(hashlib.sha256(images.tobytes()).digest(), dtype=np.uint8)
    g = dict(np.load(cache)) if os.path.exists(cache) else {}
    if not np.array_equal(g.get("images_sha256"), digest) or "avgpool/ch4" not in g:
        t = time.time()
        g = grams(images, a.weights, a.seed)
        g["images_sha256"] = digest
        np.savez(cache, **g)
        print(f"features and Gram matrices: {time.time() - t:.1f} s")
    rois = {roi: np.load(os.path.join(a.dir, f"{a.subject}_{roi}.npy")) for roi in ("early", "late")}
    report(g, rois)


def report(g, rois, out=print):
    """Per layer and ROI: mean held-out correlation over ranks 1, 1-3, 1-10, the number of leading
    ranks above 0.1, and ranks 1-10 under each reducer."""
    out("per layer and ROI: r1, mean r1-3, mean r1-10, dims (leading ranks with r > 0.1); "
        "then mean r1-10 after sparse random projection over channels (ch) or positions (sp)")
    head = " ".join(f"{kind:>6s}" for kind in KINDS[1:])
    out(f"{'layer':8s} {'(C, H, W)':>16s} {'roi':6s} {'r1':>6s} {'r1-3':>6s} {'r1-10':>6s} "
        f"{'dims':>4s} | {head}")
    best = {}
    for name in LAYERS:
        for roi, y in rois.items():
            sp = {kind: spectrum(g[f"{name}/{kind}"], y) for kind in KINDS}
            full = sp["full"]
            dims = int(np.argmax(np.append(full, -1) <= 0.1))
            m10 = full[:10].mean()
            for key, v in (("r1", full[0]), ("r1-10", m10)):
                if v > best.get((roi, key), ("", -9))[1]:
                    best[roi, key] = (name, v)
            red = " ".join(f"{sp[kind][:10].mean():6.3f}" for kind in KINDS[1:])
            out(f"{name:8s} {str(tuple(int(v) for v in g[name + '/shape'])):>16s} {roi:6s} "
                f"{full[0]:6.3f} {full[:3].mean():6.3f} {m10:6.3f} {dims:4d} | {red}")
    out("best layer: " + ", ".join(f"{roi} {key} {b[0]} ({b[1]:.3f})"
                                   for (roi, key), b in best.items()))

if __name__ == "__main__":
    main()
