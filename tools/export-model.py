#!/usr/bin/env python3
"""Export the chosen layers of a PyTorch vision model for brainalign, with its preprocessing.

    python3 tools/export-model.py resnet18 --list
    python3 tools/export-model.py resnet18 --layers layer1,layer2,layer3,layer4 --out resnet18.pt
    python3 tools/export-model.py resnet18 --layers layer4,fc --out resnet18.onnx --format onnx

MODEL is a torchvision model name (torchvision.models.list_models()), ``timm:NAME`` for a timm model
or ``hf:ORG/NAME`` for a timm model on the Hugging Face Hub (both need ``pip install timm``).
Layers are torchvision feature-extraction node names (``--list`` prints them, eval mode), or a
module's name (``layer1``) for its last node (``layer1.1.relu_1``). The
chosen nodes are traced with torchvision.models.feature_extraction.create_feature_extractor into

- a TorchScript module (``--format torchscript``) whose forward(x) returns Dict[str, Tensor] keyed by
  layer name, for brainalign's ``torchscript:file=OUT``; or
- an ONNX graph (``--format onnx``) with one output per layer, named by the layer, for
  ``onnx:file=OUT``;

and writes ``OUT.json`` beside it: the layers in order with their per-image shapes at the export
input size, the preprocessing (resize, crop, interpolation, mean, std: from the weights' own
transforms where the package gives them, else ImageNet's, and the sidecar says which) and the
provenance (model, weights, seed, package versions, date). brainalign reads it, so the model needs
no other option. Exit status 2 for a user mistake (unknown model or layer), with what to do.
"""
import argparse
import datetime
import difflib
import json
import platform
import sys

IMAGENET = {"resize": 256, "crop": 224, "interpolation": "bilinear",
            "mean": [0.485, 0.456, 0.406], "std": [0.229, 0.224, 0.225]}


class UserError(Exception):
    """A mistake in the command line: printed without a traceback, exit status 2."""


def parse_args(argv):
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("model", help="torchvision name (resnet18), timm:NAME or hf:ORG/NAME")
    p.add_argument("--layers", help="comma-separated node names (see --list)")
    p.add_argument("--out", help="output file: model.pt (TorchScript) or model.onnx")
    p.add_argument("--weights", default="DEFAULT",
                   help="random (seeded, no download), DEFAULT (the package's recommended "
                        "pretrained weights) or a torchvision weights tag such as IMAGENET1K_V1")
    p.add_argument("--format", choices=["torchscript", "onnx"],
                   help="default: onnx when --out ends in .onnx, else torchscript")
    p.add_argument("--list", action="store_true", help="print the model's node names and exit")
    p.add_argument("--input-size", type=int,
                   help="crop side fed to the network; the resize keeps the weights' ratio "
                        "(default: the weights' own crop, 224 for most)")
    p.add_argument("--seed", type=int, default=0, help="seed of the random weights (default 0)")
    p.add_argument("--opset", type=int, default=17, help="ONNX opset (default 17)")
    return p.parse_args(argv)


def load_model(name, weights, seed):
    """The model in eval mode, its preprocessing and a provenance dict."""
    import torch
    torch.manual_seed(seed)
    if name.startswith("timm:") or name.startswith("hf:"):
        return load_timm(name, weights)
    import torchvision
    from torchvision import models
    known = models.list_models()
    if name not in known:
        near = difflib.get_close_matches(name, known, n=5, cutoff=0.5)
        raise UserError(
            f"'{name}' is not a torchvision {torchvision.__version__} model"
            + (f" (nearest: {', '.join(near)})" if near else "") + ". "
            "torchvision.models.list_models() lists the names. For a timm model install timm "
            "(pip install timm) and pass timm:NAME; for one on the Hugging Face Hub pass hf:ORG/NAME "
            "(also through timm).")
    enum = models.get_model_weights(name)
    if weights == "random":
        model = models.get_model(name, weights=None)
        tag = "random"
    else:
        try:
            w = enum.DEFAULT if weights == "DEFAULT" else enum[weights]
        except KeyError:
            raise UserError(f"--weights {weights}: not a weights tag of {name}; its tags are "
                            f"{', '.join(e.name for e in enum)} (or DEFAULT, random)") from None
        model = models.get_model(name, weights=w)
        tag = f"{type(w).__name__}.{w.name}"
    pre = dict(IMAGENET, source="ImageNet defaults (torchvision gives no transforms for " + name + ")")
    default = enum.DEFAULT
    t = default.transforms() if default is not None else None
    if t is not None and hasattr(t, "resize_size"):
        pre = {"resize": int(t.resize_size[0]), "crop": int(t.crop_size[0]),
               "interpolation": t.interpolation.value, "mean": list(t.mean), "std": list(t.std),
               "source": f"transforms of {type(default).__name__}.{default.name}"}
    prov = {"model": name, "source": "torchvision", "weights": tag,
            "torchvision": torchvision.__version__}
    return model.eval(), pre, prov


def load_timm(name, weights):
    try:
        import timm
    except ImportError:
        raise UserError(f"'{name}' needs timm, which is not installed here: pip install timm "
                        "(it also reaches the Hugging Face Hub for hf:ORG/NAME)") from None
    timm_name = "hf-hub:" + name[3:] if name.startswith("hf:") else name[5:]
    model = timm.create_model(timm_name, pretrained=weights != "random")
    cfg = timm.data.resolve_data_config({}, model=model)
    crop = int(cfg["input_size"][-1])
    pre = {"resize": int(round(crop / cfg.get("crop_pct", 0.875))), "crop": crop,
           "interpolation": cfg.get("interpolation", "bilinear"), "mean": list(cfg["mean"]),
           "std": list(cfg["std"]), "source": "timm.data.resolve_data_config"}
    prov = {"model": name, "source": "timm", "weights": "random" if weights == "random" else "pretrained",
            "timm": timm.__version__}
    return model.eval(), pre, prov


def node_names(model):
    from torchvision.models.feature_extraction import get_graph_node_names
    return get_graph_node_names(model)[1]


def check_layers(layers, nodes, model_name):
    for layer in layers:
        # A module name (layer1) stands for its last node (layer1.1.relu_1), as in torchvision.
        if layer not in nodes and not any(n.startswith(layer + ".") for n in nodes):
            ranked = sorted(nodes, key=lambda n: -difflib.SequenceMatcher(None, layer, n).ratio())
            raise UserError(f"layer '{layer}' is not a node of {model_name}; its {len(nodes)} node "
                            f"names, nearest first: {', '.join(ranked)}")


class AsTuple:
    """Wraps a dict-returning extractor so that ONNX gets one output per layer, in order."""

    def __new__(cls, extractor, layers):
        import torch

        class Tuple(torch.nn.Module):
            def __init__(self):
                super().__init__()
                self.inner = extractor

            def forward(self, x):
                out = self.inner(x)
                return tuple(out[n] for n in layers)

        return Tuple()


def export(args):
    import torch
    from torchvision.models.feature_extraction import create_feature_extractor
    model, pre, prov = load_model(args.model, args.weights, args.seed)
    nodes = node_names(model)
    if args.list:
        print("\n".join(nodes))
        return
    if not args.layers or not args.out:
        raise UserError("--layers and --out are needed to export (--list prints the node names)")
    layers = [s.strip() for s in args.layers.split(",") if s.strip()]
    check_layers(layers, nodes, args.model)
    fmt = args.format or ("onnx" if args.out.endswith(".onnx") else "torchscript")
    if args.input_size:
        ratio = pre["resize"] / pre["crop"]
        pre["crop"], pre["resize"] = args.input_size, int(round(args.input_size * ratio))
    extractor = create_feature_extractor(model, return_nodes=layers).eval()
    x = torch.zeros(1, 3, pre["crop"], pre["crop"])
    with torch.no_grad():
        probe = extractor(x)
        if fmt == "torchscript":
            try:
                module = torch.jit.script(extractor)
            except Exception:  # not scriptable: trace, which keeps the dict output
                module = torch.jit.trace(extractor, x, strict=False)
            module.save(args.out)
        else:
            torch.onnx.export(AsTuple(extractor, layers), x, args.out, opset_version=args.opset,
                              input_names=["input"], output_names=layers,
                              dynamic_axes={n: {0: "batch"} for n in ["input"] + layers})
    prov.update({"weights_seed": args.seed if args.weights == "random" else None,
                 "format": fmt, "opset": args.opset if fmt == "onnx" else None,
                 "torch": torch.__version__, "python": platform.python_version(),
                 "date": datetime.datetime.now(datetime.timezone.utc).isoformat(timespec="seconds"),
                 "exported_by": "brainalign tools/export-model.py"})
    sidecar = {"brainalign_sidecar": 1,
               "layers": [{"name": n, "shape": list(probe[n].shape[1:])} for n in layers],
               "preprocessing": pre, "provenance": prov}
    with open(args.out + ".json", "w") as f:
        json.dump(sidecar, f, indent=2)
        f.write("\n")
    print(f"wrote {args.out} ({fmt}, {len(layers)} layers) and {args.out}.json")


def main(argv=None):
    args = parse_args(sys.argv[1:] if argv is None else argv)
    try:
        import torch  # noqa: F401
        import torchvision  # noqa: F401
    except ImportError as e:
        print(f"export-model: {e.name} is not installed; Debian: apt-get install python3-torch "
              "python3-torchvision, else pip install torch torchvision", file=sys.stderr)
        return 2
    try:
        export(args)
    except UserError as e:
        print(f"export-model: {e}", file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main())
