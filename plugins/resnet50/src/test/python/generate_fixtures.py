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
  pil-resize/<name>.jpg|.png         photograph-like images (multi-scale noise, edges) of several
                                     sizes and aspect ratios
  pil-resize/expected.json           for each: SHA-256 of torchvision's Resize(256) + CenterCrop(224)
                                     output on the PIL image (uint8, 224 x 224 x 3, C order) and 400
                                     sampled pixels, so a mismatch says where and by how much
Big fixtures (not committed, ~100 MB) go to plugins/resnet50/target/fixtures/ with --big:
  resnet50-random.safetensors        torchvision-named random ResNet50 weights with batch-norm
                                     statistics calibrated on noise and perturbed affine parameters
  parity/input.npy                   the network input (N, 3, 112, 112) from the float path
  parity/<layer>.npy                 every layer's activations, (N, C*H*W) float32 in torch order
  parity-pil/images.txt, <photo>     real photographs shipped by Debian packages (scikit-learn's
                                     china.jpg and flower.jpg, SciPy's face as PNG) where installed,
                                     else photograph-like ones; one file name per line
  parity-pil/<photo>.rgb.npy         PIL's decode (uint8 H x W x 3)
  parity-pil/<layer>.npy             every layer on torchvision's standard pipeline on PIL images
                                     (Resize(256), CenterCrop(224), ToTensor, Normalize), (N, C*H*W)
"""
import hashlib
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


def photo_like(seed, width, height):
    """Multi-scale smooth noise (roughly 1/f, as in natural images) plus hard-edged shapes."""
    rng = np.random.RandomState(seed)
    img = np.zeros((height, width, 3))
    for octave in range(1, 8):
        step = 2 ** octave
        coarse = rng.normal(0, 1, (height // step + 2, width // step + 2, 3)).astype(np.float32)
        up = [np.asarray(Image.fromarray(coarse[..., c], "F").resize((width, height), Image.BICUBIC))
              for c in range(3)]
        img += np.stack(up, -1) * step ** 0.9
    img = (img - img.mean()) / img.std() * 45 + 120
    y, x = np.mgrid[0:height, 0:width]
    for _ in range(6):
        cx, cy, r = rng.uniform(0, width), rng.uniform(0, height), rng.uniform(10, min(width, height) / 3)
        img[(x - cx) ** 2 + (y - cy) ** 2 < r * r] = rng.uniform(0, 255, 3)
    img += rng.normal(0, 4, img.shape)
    return np.clip(np.rint(img), 0, 255).astype(np.uint8)


def standard_pipeline():
    """torchvision's ImageNet evaluation transform, as the field runs it on PIL images."""
    return transforms.Compose([transforms.Resize(256), transforms.CenterCrop(224),
                               transforms.ToTensor(), transforms.Normalize(MEAN, STD)])


PIL_RESIZE_IMAGES = [  # name, width, height, format: downscales of several ratios, one upscale,
    ("landscape-500x375", 500, 375, "jpg"),  # one image whose short side is already 256
    ("portrait-375x500", 375, 500, "jpg"),
    ("wide-640x427", 640, 427, "jpg"),
    ("panorama-1024x400", 1024, 400, "jpg"),
    ("short-256x341", 256, 341, "jpg"),
    ("odd-257x263", 257, 263, "png"),
    ("small-200x150", 200, 150, "png"),
]


def pil_resize_fixtures():
    out = os.path.join(SMALL, "pil-resize")
    os.makedirs(out, exist_ok=True)
    expected = {}
    crop_only = transforms.Compose([transforms.Resize(256), transforms.CenterCrop(224)])
    rng = np.random.RandomState(99)
    for seed, (name, w, h, fmt) in enumerate(PIL_RESIZE_IMAGES, start=10):
        path = os.path.join(out, name + "." + fmt)
        Image.fromarray(photo_like(seed, w, h)).save(path, **({"quality": 80} if fmt == "jpg" else {}))
        with Image.open(path) as im:
            got = np.asarray(crop_only(im.convert("RGB")))
        assert got.shape == (224, 224, 3) and got.dtype == np.uint8
        picks = rng.randint(0, 224 * 224, 400)
        flat = got.reshape(-1, 3)
        expected[name + "." + fmt] = {
            "sha256": hashlib.sha256(np.ascontiguousarray(got).tobytes()).hexdigest(),
            "samples": [[int(i), *map(int, flat[i])] for i in picks]}
    with open(os.path.join(out, "expected.json"), "w") as f:
        json.dump({"transform": "Resize(256), CenterCrop(224) on Image.open(f).convert('RGB')",
                   "images": expected}, f, separators=(",", ":"))
        f.write("\n")


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
    pil_resize_fixtures()
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
    for h in hooks:
        h.remove()
    for name in layer_names():
        save(os.path.join(BIG, "parity", name + ".npy"), got[name].reshape(len(images), -1).numpy())
    pil_parity_fixtures(model)
    print("wrote", BIG)


def real_photographs(out):
    """Photographs from Debian packages when installed, else photograph-like images."""
    names = []
    for pkg, rel in [("sklearn", "datasets/images/china.jpg"), ("sklearn", "datasets/images/flower.jpg")]:
        try:
            src = os.path.join(os.path.dirname(__import__(pkg).__file__), rel)
        except ImportError:
            continue
        if os.path.isfile(src):
            with open(src, "rb") as f, open(os.path.join(out, os.path.basename(src)), "wb") as g:
                g.write(f.read())
            names.append(os.path.basename(src))
    try:
        import scipy.misc
        face = scipy.misc.face()  # 1024 x 768 photograph, bundled with Debian's python3-scipy
        Image.fromarray(face).save(os.path.join(out, "face.png"))
        names.append("face.png")
    except Exception as e:  # noqa: BLE001 (removed in newer SciPy)
        print("no scipy face:", e)
    if not names:
        print("no Debian photographs installed; using photograph-like images")
        for seed, (w, h) in enumerate([(640, 427), (427, 640), (800, 600)], start=50):
            name = f"photo-like-{w}x{h}.jpg"
            Image.fromarray(photo_like(seed, w, h)).save(os.path.join(out, name), quality=90)
            names.append(name)
    return names


def pil_parity_fixtures(model):
    out = os.path.join(BIG, "parity-pil")
    os.makedirs(out, exist_ok=True)
    names = real_photographs(out)
    tf = standard_pipeline()
    xs = []
    for name in names:
        with Image.open(os.path.join(out, name)) as im:
            rgb = im.convert("RGB")
        np.save(os.path.join(out, name + ".rgb.npy"), np.asarray(rgb))
        xs.append(tf(rgb))
    with open(os.path.join(out, "images.txt"), "w") as f:
        f.write("\n".join(names) + "\n")
    modules = dict(model.named_modules())
    got, hooks = {}, []
    def keep(name):
        def hook(module, inputs, output):
            got.setdefault(name, output.detach().clone())  # copy: the stem's ReLU is in place
        return hook

    for name in layer_names():
        hooks.append(modules[name].register_forward_hook(keep(name)))
    with torch.no_grad():
        model(torch.stack(xs))
    for h in hooks:
        h.remove()
    for name in layer_names():
        save(os.path.join(out, name + ".npy"), got[name].reshape(len(xs), -1).numpy())
    print("wrote", out, names)


if __name__ == "__main__":
    torch.set_num_threads(max(1, os.cpu_count() or 1))
    small_fixtures()
    if "--big" in sys.argv or "--all" in sys.argv:
        big_fixtures()
    print("torch", torch.__version__, "torchvision", torchvision.__version__, "numpy", np.__version__,
          "PIL", Image.__version__)
