#!/usr/bin/env python3
"""Fixtures of the export tests: models written by tools/export-model.py and torchvision's own
activations on the same images, for brainalign's torchscript and onnx models.

    /usr/bin/python3 plugins/onnx/src/test/python/generate_fixtures.py          # small, committed
    /usr/bin/python3 plugins/onnx/src/test/python/generate_fixtures.py --big    # big, target/fixtures

Run from the repository root with Debian's python3-torch (1.13) and python3-torchvision (0.14),
python3-numpy and python3-pil. Random weights (seeded), so nothing is downloaded.

Small (committed, plugins/onnx/src/test/resources/fixtures/export/):
  images/*.png            three synthetic RGB images of different sizes and aspect ratios
  mobilenet_v3_small/     features.1 and features.2 (a few thousand weights) at crop 32,
                          model.pt(.json), model.onnx(.json), and <layer>.f32 activations
  bad/rank3.onnx          a graph whose one output is 3-D (n, c, h·w)
  bad/no_outputs.onnx     a graph without outputs (hand-encoded protobuf)
Big (--big, plugins/onnx/target/fixtures/export/, ~130 MB, not committed):
  resnet18/ (layer1..layer4, avgpool, fc), alexnet/ (features.*), mobilenet_v3_small_full/
  (features.*, classifier.3), all at crop 64.

<layer>.f32 is little-endian float32, images in the order of images/list.txt, each image's
activations in C order; expected.json gives the shapes. The activations come from the traced
feature extractor in Python on torchvision's PIL pipeline (Resize with bilinear interpolation,
CenterCrop, ToTensor, Normalize with the sidecar's mean and std), not from the exported files.

The script also checks export-model.py's messages for an unknown model and an unknown layer
(exit status 2, the package to install, the nearest node names first) and fails if they change.
"""
import contextlib
import io
import json
import os
import struct
import sys

import numpy as np
import torch
import torchvision
from PIL import Image
from torchvision import transforms

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "../../../../.."))
sys.path.insert(0, os.path.join(ROOT, "tools"))
export_model = __import__("export-model")

SMALL = os.path.join(ROOT, "plugins/onnx/src/test/resources/fixtures/export")
BIG = os.path.join(ROOT, "plugins/onnx/target/fixtures/export")
IMAGES = {"wide.png": (80, 56), "tall.png": (50, 71), "square.png": (64, 64)}


def write_images(folder):
    os.makedirs(folder, exist_ok=True)
    rng = np.random.default_rng(7)
    for name, (w, h) in IMAGES.items():
        y, x = np.mgrid[0:h, 0:w]
        base = np.stack([x * 255 / w, y * 255 / h, (x + y) * 127 / (w + h)], axis=-1)
        px = np.clip(base + rng.normal(0, 40, base.shape), 0, 255).astype(np.uint8)
        Image.fromarray(px, "RGB").save(os.path.join(folder, name))
    with open(os.path.join(folder, "list.txt"), "w") as f:
        f.write("\n".join(IMAGES) + "\n")


def export(model, layers, size, folder):
    os.makedirs(folder, exist_ok=True)
    for fmt, name in (("torchscript", "model.pt"), ("onnx", "model.onnx")):
        rc = export_model.main([model, "--weights", "random", "--seed", "0", "--layers",
                                ",".join(layers), "--input-size", str(size), "--format", fmt,
                                "--out", os.path.join(folder, name)])
        if rc != 0:
            raise SystemExit(f"export of {model} as {fmt} failed ({rc})")
    with open(os.path.join(folder, "model.pt.json")) as f:
        pre = json.load(f)["preprocessing"]
    tf = transforms.Compose([
        transforms.Resize(pre["resize"], interpolation=transforms.InterpolationMode.BILINEAR),
        transforms.CenterCrop(pre["crop"]), transforms.ToTensor(),
        transforms.Normalize(pre["mean"], pre["std"])])
    images = os.path.join(os.path.dirname(folder), "images")
    x = torch.stack([tf(Image.open(os.path.join(images, n)).convert("RGB")) for n in IMAGES])
    torch.manual_seed(0)  # the same random weights as the export
    net, _, _ = export_model.load_model(model, "random", 0)
    extractor = torchvision.models.feature_extraction.create_feature_extractor(net, layers).eval()
    with torch.no_grad():
        out = extractor(x)
    shapes = {}
    for n in layers:
        a = out[n].numpy().astype("<f4")
        a.tofile(os.path.join(folder, n + ".f32"))
        shapes[n] = list(a.shape)
    with open(os.path.join(folder, "expected.json"), "w") as f:
        json.dump({"images": list(IMAGES), "shapes": shapes}, f, indent=1)


def rank3_graph(path):
    class Rank3(torch.nn.Module):
        def forward(self, x):
            return x.flatten(2)

    torch.onnx.export(Rank3(), torch.zeros(1, 3, 8, 8), path, opset_version=17,
                      input_names=["input"], output_names=["flat"])


def no_output_graph(path):
    """ModelProto{ir_version 8, opset 17, graph{name, input x: float[1,3,8,8], no output}}."""
    def varint(n):
        out = b""
        while True:
            b, n = n & 0x7F, n >> 7
            out += bytes([b | (0x80 if n else 0)])
            if not n:
                return out

    def field(num, payload):  # length-delimited
        return varint(num << 3 | 2) + varint(len(payload)) + payload

    def intfield(num, value):
        return varint(num << 3) + varint(value)

    dims = b"".join(field(1, intfield(1, d)) for d in (1, 3, 8, 8))
    tensor = intfield(1, 1) + field(2, dims)          # elem_type FLOAT, shape
    value = field(1, b"input") + field(2, field(1, tensor))
    graph = field(2, b"empty") + field(11, value)
    model = intfield(1, 8) + field(8, intfield(2, 17)) + field(7, graph)
    with open(path, "wb") as f:
        f.write(model)


def check_messages():
    """export-model.py's messages for bad input, exit status 2."""
    for argv, expected in (
            (["resnet81", "--list", "--weights", "random"],
             ["not a torchvision", "nearest: resnet18", "pip install timm"]),
            (["resnet18", "--weights", "random", "--layers", "layer4.1.relu_2", "--out", "/dev/null"],
             ["layer 'layer4.1.relu_2' is not a node of resnet18", "nearest first: layer4.1.relu_1"])):
        err = io.StringIO()
        with contextlib.redirect_stderr(err):
            rc = export_model.main(argv)
        text = err.getvalue()
        if rc != 2 or not all(e in text for e in expected):
            raise SystemExit(f"export-model.py {' '.join(argv)}: expected exit 2 and {expected}, "
                             f"got {rc}: {text}")
    print("export-model.py messages: ok")


def main():
    print(f"torch {torch.__version__}, torchvision {torchvision.__version__}, numpy {np.__version__}")
    check_messages()
    torch.set_num_threads(1)
    if "--big" not in sys.argv:
        write_images(os.path.join(SMALL, "images"))
        export("mobilenet_v3_small", ["features.1", "features.2"], 32,
               os.path.join(SMALL, "mobilenet_v3_small"))
        os.makedirs(os.path.join(SMALL, "bad"), exist_ok=True)
        rank3_graph(os.path.join(SMALL, "bad", "rank3.onnx"))
        no_output_graph(os.path.join(SMALL, "bad", "no_outputs.onnx"))
    else:
        write_images(os.path.join(BIG, "images"))
        export("resnet18", ["layer1", "layer2", "layer3", "layer4", "avgpool", "fc"], 64,
               os.path.join(BIG, "resnet18"))
        export("alexnet", ["features.2", "features.5", "features.12"], 64,
               os.path.join(BIG, "alexnet"))
        export("mobilenet_v3_small", ["features.3", "features.12", "classifier.3"], 64,
               os.path.join(BIG, "mobilenet_v3_small_full"))


if __name__ == "__main__":
    main()
