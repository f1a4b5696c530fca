#!/usr/bin/python3
"""PyTorch side of the resnet50 throughput benchmark: images/s to layer4 at 224 px.

Same work as ThroughputBench.java: 256x256 uint8 images, centre crop 224, /255, ImageNet
normalisation, torchvision ResNet50 (random weights) up to layer4, in batches, no autograd.
Usage: /usr/bin/python3 bench/python/resnet50_torch.py THREADS BATCH IMAGES [channels_last]

With `channels_last`, the model's weights and each input batch are converted to
torch.channels_last, PyTorch's fastest eager layout for CPU convolutions (what the plugin uses).
"""
import sys
import time

import numpy as np
import torch
import torchvision

threads, batch, images = (int(a) for a in sys.argv[1:4])
layout = sys.argv[4] if len(sys.argv) > 4 else "contiguous"
if layout not in ("contiguous", "channels_last"):
    sys.exit("layout must be contiguous or channels_last, not %r" % layout)
memory_format = getattr(torch, "channels_last" if layout == "channels_last" else "contiguous_format")
torch.set_num_threads(threads)
m = torchvision.models.resnet50(weights=None).eval().to(memory_format=memory_format)
mean = torch.tensor([0.485, 0.456, 0.406]).view(1, 3, 1, 1)
std = torch.tensor([0.229, 0.224, 0.225]).view(1, 3, 1, 1)


def to_layer4(x):
    x = m.maxpool(m.relu(m.bn1(m.conv1(x))))
    return m.layer4(m.layer3(m.layer2(m.layer1(x))))


def run(n):
    for first in range(0, n, batch):
        count = min(batch, n - first)
        px = np.stack([np.random.RandomState(first + i).randint(0, 256, (256, 256, 3), dtype=np.uint8)
                       for i in range(count)])
        x = torch.from_numpy(px).permute(0, 3, 1, 2)[:, :, 16:240, 16:240].float() / 255
        to_layer4(((x - mean) / std).contiguous(memory_format=memory_format)).contiguous().numpy()


with torch.inference_mode():
    run(batch)
    t0 = time.perf_counter()
    run(images)
    s = time.perf_counter() - t0
print(f"pytorch-{torch.__version__} {layout} threads={threads} batch={batch} images={images} "
      f"seconds={s:.2f} images/s={images / s:.2f}")
