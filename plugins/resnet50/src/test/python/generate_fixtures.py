#!/usr/bin/python3
"""Writes the reference fixtures of the resnet50 plugin with Debian's torch and torchvision.

Run from the repository root:  /usr/bin/python3 plugins/resnet50/src/test/python/generate_fixtures.py

Small fixtures (committed) go to plugins/resnet50/src/test/resources/fixtures/:
  images/*.png                       seeded non-square test images
  preprocess/<image>_r48_c40.npy     torchvision float path: antialiased bilinear resize of the
                                     short side to 48 on float pixels, centre crop 40, /255, ImageNet
                                     mean/std; (3, 40, 40) float32
  preprocess/<image>_r48_c40_pil.npy torchvision's classic PIL path (PIL bilinear on uint8)
  torchscript/tiny_dict.pt, tiny_tuple.pt and tiny_<image>_<name>.npy: a tiny scripted network
                                     returning named activations, and what it returns at r48/c40
Big fixtures (not committed, ~100 MB) go to plugins/resnet50/target/fixtures/ with --big:
  resnet50-random.safetensors        torchvision-named random ResNet50 weights with batch-norm
                                     statistics calibrated on noise and perturbed affine parameters
  parity/input.npy                   the network input (N, 3, 112, 112) from the float path
  parity/<layer>.npy                 every layer's activations, (N, C*H*W) float32 in torch order
"""
import json
import os
import struct
import sys

import numpy as np
import torch
import torch.nn.functional as F
import torchvision
from PIL import Image
from torchvision import transforms

HERE = os.path.dirname(os.path.abspath(__file__))
MODULE = os.path.abspath(os.path.join(HERE, "..", "..", ".."))
SMALL = os.path.join(MODULE, "src", "test", "resources", "fixtures")
BIG = os.path.join(MODULE, "target", "fixtures")
MEAN = [0.485, 0.456, 0.406]
STD = [0.229, 0.224, 0.225]


def make_image(seed, width, height):
    """A smooth colour pattern plus noise, so that resampling errors show."""
    rng = np.random.RandomState(seed)
    y, x = np.mgrid[0:height, 0:width].astype(np.float64)
    img = np.empty((height, width, 3))
    for c in range(3):
        fx, fy, ph = rng.uniform(0.05, 0.4), rng.uniform(0.05, 0.4), rng.uniform(0, 6.28)
        img[:, :, c] = 127.5 + 90 * np.sin(fx * x + ph) * np.cos(fy * y) + rng.normal(0, 25, (height, width))
    return np.clip(np.rint(img), 0, 255).astype(np.uint8)


def float_path(pixels, resize, crop):
    """torchvision's eval transform on float pixels (tensor path, antialias=True)."""
    t = torch.from_numpy(pixels).permute(2, 0, 1).float().unsqueeze(0)
    h, w = pixels.shape[:2]
    short, long = (w, h) if w <= h else (h, w)
    new_short, new_long = resize, int(resize * long / short)
    nw, nh = (new_short, new_long) if w <= h else (new_long, new_short)
    if (nh, nw) != (h, w):
        t = F.interpolate(t, size=(nh, nw), mode="bilinear", align_corners=False, antialias=True)
    top = int(round((nh - crop) / 2.0))
    left = int(round((nw - crop) / 2.0))
    t = t[:, :, top:top + crop, left:left + crop] / 255.0
    mean = torch.tensor(MEAN).view(1, 3, 1, 1)
    std = torch.tensor(STD).view(1, 3, 1, 1)
    return ((t - mean) / std)[0].contiguous()


def pil_path(pixels, resize, crop):
    tf = transforms.Compose([transforms.Resize(resize), transforms.CenterCrop(crop),
                             transforms.ToTensor(), transforms.Normalize(MEAN, STD)])
    return tf(Image.fromarray(pixels))


class TinyDict(torch.nn.Module):
    def __init__(self):
        super().__init__()
        self.stem = torch.nn.Conv2d(3, 4, 3, stride=2, padding=1)
        self.block = torch.nn.Conv2d(4, 8, 3, stride=2, padding=1)

    def forward(self, x):
        a = torch.relu(self.stem(x))
        b = torch.relu(self.block(a))
        return {"stem": a, "block": b, "pool": b.mean(dim=(2, 3))}


class TinyTuple(TinyDict):
    def forward(self, x):
        a = torch.relu(self.stem(x))
        b = torch.relu(self.block(a))
        return a, b


def save(path, array):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    np.save(path, np.ascontiguousarray(array, dtype=np.float32))


def small_fixtures():
    images = {"wide": make_image(1, 97, 61), "tall": make_image(2, 50, 83)}
    for name, px in images.items():
        os.makedirs(os.path.join(SMALL, "images"), exist_ok=True)
        Image.fromarray(px).save(os.path.join(SMALL, "images", name + ".png"))
        save(os.path.join(SMALL, "preprocess", f"{name}_r48_c40.npy"), float_path(px, 48, 40).numpy())
        save(os.path.join(SMALL, "preprocess", f"{name}_r48_c40_pil.npy"), pil_path(px, 48, 40).numpy())
    torch.manual_seed(0)
    tiny = TinyDict().eval()
    tup = TinyTuple().eval()
    tup.load_state_dict(tiny.state_dict())
    os.makedirs(os.path.join(SMALL, "torchscript"), exist_ok=True)
    torch.jit.script(tiny).save(os.path.join(SMALL, "torchscript", "tiny_dict.pt"))
    torch.jit.script(tup).save(os.path.join(SMALL, "torchscript", "tiny_tuple.pt"))
    with torch.no_grad():
        for name, px in images.items():
            out = tiny(float_path(px, 48, 40).unsqueeze(0))
            for key, value in out.items():
                save(os.path.join(SMALL, "torchscript", f"tiny_{name}_{key}.npy"), value.reshape(-1).numpy())


def write_safetensors(path, tensors, metadata):
    """The safetensors format by hand: u64 LE header length, JSON header, raw little-endian data."""
    header, blobs, offset = {"__metadata__": metadata}, [], 0
    for name, t in tensors.items():
        array = t.detach().cpu().numpy()
        dtype = {np.float32: "F32", np.int64: "I64"}[array.dtype.type]
        blob = np.ascontiguousarray(array).astype(array.dtype.newbyteorder("<")).tobytes()
        header[name] = {"dtype": dtype, "shape": list(array.shape), "data_offsets": [offset, offset + len(blob)]}
        blobs.append(blob)
        offset += len(blob)
    text = json.dumps(header, separators=(",", ":")).encode()
    text += b" " * (-len(text) % 8)
    tmp = path + ".tmp"
    with open(tmp, "wb") as f:
        f.write(struct.pack("<Q", len(text)))
        f.write(text)
        for blob in blobs:
            f.write(blob)
    os.replace(tmp, path)


def random_resnet50():
    torch.manual_seed(0)
    model = torchvision.models.resnet50(weights=None)
    bns = [m for m in model.modules() if isinstance(m, torch.nn.BatchNorm2d)]
    for bn in bns:  # cumulative statistics from noise images: non-trivial running mean and variance
        bn.reset_running_stats()
        bn.momentum = None
    model.train()
    with torch.no_grad():
        for _ in range(3):
            model(torch.randn(8, 3, 112, 112))
        for bn in bns:  # then perturb the affine parameters so that gamma and beta matter too
            bn.weight.uniform_(0.5, 1.5)
            bn.bias.normal_(0.0, 0.2)
            bn.momentum = 0.1
    return model.eval()


def layer_names():
    names = ["conv1", "bn1", "relu", "maxpool"]
    for i, blocks in enumerate((3, 4, 6, 3), start=1):
        names += [f"layer{i}.{b}" for b in range(blocks)] + [f"layer{i}"]
    return names + ["avgpool", "fc"]


def big_fixtures():
    os.makedirs(os.path.join(BIG, "parity"), exist_ok=True)
    model = random_resnet50()
    write_safetensors(os.path.join(BIG, "resnet50-random.safetensors"), model.state_dict(),
                      {"format": "pt", "source": "generate_fixtures.py random_resnet50()"})
    images = [make_image(1, 97, 61), make_image(2, 50, 83), make_image(3, 160, 120)]
    x = torch.stack([float_path(px, 128, 112) for px in images])
    save(os.path.join(BIG, "parity", "input.npy"), x.numpy())
    modules = dict(model.named_modules())
    got = {}
    hooks = []
    def keep(name):
        def hook(module, inputs, output):
            # Copy now: the stem's ReLU works in place on bn1's output. Return None, or the returned
            # tensor would replace the module's output.
            got.setdefault(name, output.detach().clone())
        return hook

    for name in layer_names():  # model.relu runs once, at the stem; blocks have their own ReLUs
        hooks.append(modules[name].register_forward_hook(keep(name)))
    with torch.no_grad():
        model(x)
    for name in layer_names():
        save(os.path.join(BIG, "parity", name + ".npy"), got[name].reshape(len(images), -1).numpy())
    print("wrote", BIG)


if __name__ == "__main__":
    torch.set_num_threads(max(1, os.cpu_count() or 1))
    small_fixtures()
    if "--big" in sys.argv or "--all" in sys.argv:
        big_fixtures()
    print("torch", torch.__version__, "torchvision", torchvision.__version__, "numpy", np.__version__,
          "PIL", Image.__version__)
