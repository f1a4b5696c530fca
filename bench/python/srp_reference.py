#!/usr/bin/python3
"""Reference timings for docs/benchmarks/sparse-random-projection.md.

The same projections as SrpBenchmark.java, done by scikit-learn's SparseRandomProjection (scipy
sparse x dense) on a float32 batch of layer1 activations, and a ResNet50 forward pass of the same
batch size with torch on the CPU (random weights: the time does not depend on them).
Usage: /usr/bin/python3 bench/python/srp_reference.py [batch] [reps]
"""
import math
import os
import sys
import time

import numpy as np
import sklearn
from sklearn.random_projection import SparseRandomProjection


def median_time(fn, reps):
    """Median, min and max wall seconds, and mean process CPU seconds, of reps calls."""
    fn()  # warm-up
    times = []
    cpu = time.process_time()
    for _ in range(reps):
        t = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t)
    cpu = (time.process_time() - cpu) / reps
    times.sort()
    return times[len(times) // 2], times[0], times[-1], cpu


def main():
    batch = int(sys.argv[1]) if len(sys.argv) > 1 else 32
    reps = int(sys.argv[2]) if len(sys.argv) > 2 else 5
    # Optional third argument: the axes to time (bench/run srp --size quick: channel,spatial, no forward).
    axes = sys.argv[3].split(",") if len(sys.argv) > 3 else ["all", "channel", "spatial"]
    c, h, w = 256, 56, 56
    rng = np.random.default_rng(0)
    x = np.maximum(rng.standard_normal((batch, c, h, w), dtype=np.float32), 0)
    print(f"batch {batch} x layer1 ({c}, {h}, {w}), numpy {np.__version__}, "
          f"scikit-learn {sklearn.__version__}")
    configs = [("all", 5921), ("channel", 64), ("channel", 128), ("spatial", 256), ("spatial", 1024)]
    for axis, k in configs:
        if axis not in axes:
            continue
        if axis == "all":
            rows = lambda: x.reshape(batch, -1)
        elif axis == "channel":   # one row per (image, position): (batch*H*W, C)
            rows = lambda: x.reshape(batch, c, h * w).transpose(0, 2, 1).reshape(-1, c)
        else:                     # one row per (image, channel): (batch*C, H*W)
            rows = lambda: x.reshape(batch * c, h * w)
        d = rows().shape[1]
        srp = SparseRandomProjection(n_components=k, density=1 / math.sqrt(d), random_state=0)
        t = time.perf_counter()
        srp.fit(rows()[:1])
        fit = time.perf_counter() - t
        med, lo, hi, cpu = median_time(lambda: srp.transform(rows()), reps)
        print(f"axis={axis:<7} k={k:<5} nnz={srp.components_.nnz:<8} fit {fit:.3f} s  "
              f"transform median {med:.3f} s (min {lo:.3f}, max {hi:.3f})  "
              f"{1000 * med / batch:.1f} ms/image  process cpu {cpu:.3f} s/batch")
    del x
    if "all" not in axes:
        return
    try:
        import torch
        import torchvision
    except ImportError:
        print("torch/torchvision not installed: no ResNet50 timing")
        return
    torch.set_num_threads(os.cpu_count() or 1)
    model = torchvision.models.resnet50().eval()
    images = torch.randn(batch, 3, 224, 224)
    with torch.no_grad():
        med, lo, hi, cpu = median_time(lambda: model(images), max(1, min(reps, 3)))
    print(f"ResNet50 forward (torch {torch.__version__}, {torch.get_num_threads()} threads): "
          f"median {med:.3f} s (min {lo:.3f}, max {hi:.3f})  {1000 * med / batch:.1f} ms/image  "
          f"process cpu {cpu:.3f} s/batch")


if __name__ == "__main__":
    main()
