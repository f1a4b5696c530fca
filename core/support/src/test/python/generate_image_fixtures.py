#!/usr/bin/env python3
"""Small images in every mode the decoder supports, and the RGB arrays PIL decodes from them.

    /usr/bin/python3 core/support/src/test/python/generate_image_fixtures.py

For each image NAME.EXT there is NAME.EXT.npy: numpy.asarray(Image.open(f).convert("RGB")), a
(height x width x 3) uint8 array, which is what torchvision's ImageFolder (pil_loader) feeds a model.
Files PIL refuses (truncated, corrupt) get no .npy; the Java test expects an error for them.
16-bit PNGs are written by hand (PIL cannot write 16-bit RGB), so their bytes are fixed here too.
"""
import os
import struct
import zlib

import numpy as np
import warnings

from PIL import Image

warnings.filterwarnings("ignore", "Palette images with Transparency")

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "resources", "images")
os.makedirs(OUT, exist_ok=True)
rng = np.random.default_rng(17)
H, W = 18, 26


def scene(channels=3):
    """A smooth gradient plus a patch of noise plus hard edges: exercises DCT and upsampling."""
    y, x = np.mgrid[0:H, 0:W]
    base = np.stack([(x * 9) % 256, (y * 13) % 256, ((x + y) * 5) % 256, (x * y) % 256], -1)
    base = base[..., :channels].astype(np.int32)
    base[4:10, 6:14] = rng.integers(0, 256, (6, 8, channels))
    base[12:, 18:] = 255 - base[12:, 18:]
    return base.astype(np.uint8)


def png_chunk(kind, data):
    c = kind + data
    return struct.pack(">I", len(data)) + c + struct.pack(">I", zlib.crc32(c) & 0xFFFFFFFF)


def write_png16(path, a, colour_type, extra=b""):
    """A 16-bit PNG (colour type 0 grey or 2 RGB) from a uint16 array, filter 0 on every row."""
    h, w = a.shape[:2]
    rows = a.astype(">u2").reshape(h, -1)
    raw = b"".join(b"\x00" + r.tobytes() for r in rows)
    ihdr = struct.pack(">IIBBBBB", w, h, 16, colour_type, 0, 0, 0)
    with open(path, "wb") as f:
        f.write(b"\x89PNG\r\n\x1a\n" + png_chunk(b"IHDR", ihdr) + extra
                + png_chunk(b"IDAT", zlib.compress(raw)) + png_chunk(b"IEND", b""))


def expect(name):
    path = os.path.join(OUT, name)
    with Image.open(path) as im:
        rgb = np.asarray(im.convert("RGB"))
    assert rgb.dtype == np.uint8 and rgb.shape[2] == 3
    np.save(path + ".npy", rgb)
    return rgb


rgb = scene(3)
grey = scene(1)[..., 0]

Image.fromarray(grey, "L").save(os.path.join(OUT, "grey8.png"))
Image.fromarray(grey > 120).save(os.path.join(OUT, "bilevel.png"))  # mode "1", 1 bit per pixel
Image.fromarray(rgb, "RGB").save(os.path.join(OUT, "rgb8.png"))
rgba = np.concatenate([rgb, scene(4)[..., 3:]], -1)
Image.fromarray(rgba, "RGBA").save(os.path.join(OUT, "rgba8.png"))
la = np.stack([grey, 255 - grey], -1)
Image.fromarray(la, "LA").save(os.path.join(OUT, "grey-alpha8.png"))
pal = Image.fromarray(rgb, "RGB").quantize(colors=40, method=Image.Quantize.MEDIANCUT)
pal.save(os.path.join(OUT, "palette.png"))
pal.save(os.path.join(OUT, "palette-trns.png"), transparency=bytes(range(0, 240, 6)))  # tRNS
small = Image.fromarray(rgb, "RGB").quantize(colors=4, method=Image.Quantize.MEDIANCUT)
small.save(os.path.join(OUT, "palette-2bit.png"), bits=2)
Image.fromarray(grey, "L").save(os.path.join(OUT, "grey8-trns.png"), transparency=int(grey[0, 0]))
# 16-bit grey spanning the whole range: PIL opens it as mode "I" and convert("RGB") clips each
# value to 0..255 (it does not scale), so most pixels become 255.
g16 = (grey.astype(np.uint32) * 257).astype(np.uint16)
g16[:3] = np.arange(W)[None, :] * 3  # a few values below 256, kept as they are
write_png16(os.path.join(OUT, "grey16.png"), g16, 0)
# 16-bit RGB: PIL keeps the most significant byte of each sample.
r16 = (rgb.astype(np.uint32) * 257 + rng.integers(0, 257, rgb.shape)).astype(np.uint16)
write_png16(os.path.join(OUT, "rgb16.png"), r16, 2)
# 8-bit grey with a gamma chunk: PIL (and this decoder) ignore it.
Image.fromarray(grey, "L").save(os.path.join(OUT, "grey8-gamma.png"), pnginfo=None)
with open(os.path.join(OUT, "grey8-gamma.png"), "rb") as f:
    b = f.read()
gama = png_chunk(b"gAMA", struct.pack(">I", 45455))
with open(os.path.join(OUT, "grey8-gamma.png"), "wb") as f:
    f.write(b[:33] + gama + b[33:])

Image.fromarray(grey, "L").save(os.path.join(OUT, "grey.jpg"), quality=90)
Image.fromarray(rgb, "RGB").save(os.path.join(OUT, "rgb420.jpg"), quality=90, subsampling=2)
Image.fromarray(rgb, "RGB").save(os.path.join(OUT, "rgb444.jpg"), quality=95, subsampling=0)
Image.fromarray(rgb, "RGB").save(os.path.join(OUT, "rgb422.jpg"), quality=90, subsampling=1)
Image.fromarray(rgb, "RGB").save(os.path.join(OUT, "rgb-progressive.jpg"), quality=90,
                                 progressive=True)
cmyk = scene(4)
Image.fromarray(cmyk, "CMYK").save(os.path.join(OUT, "cmyk.jpg"), quality=95)

# YCCK: libjpeg decodes the first three components as YCbCr to R, G, B and outputs C = 255 - R,
# M = 255 - G, Y = 255 - B, K unchanged; PIL then inverts all four (Adobe "CMYK;I"). So the
# components hold the YCbCr of the ink values (c, m, y) and 255 - k. PIL writes CMYK inverted, so the
# array handed to it is 255 minus the wanted components; the Adobe transform byte is set to 2.
c = cmyk.astype(np.float64)
yy = 0.299 * c[..., 0] + 0.587 * c[..., 1] + 0.114 * c[..., 2]
cb = 128 - 0.168736 * c[..., 0] - 0.331264 * c[..., 1] + 0.5 * c[..., 2]
cr = 128 + 0.5 * c[..., 0] - 0.418688 * c[..., 1] - 0.081312 * c[..., 2]
comp = np.stack([yy, cb, cr, 255 - c[..., 3]], -1).round().clip(0, 255).astype(np.uint8)
path = os.path.join(OUT, "ycck.jpg")
Image.fromarray(255 - comp, "CMYK").save(path, quality=95)
with open(path, "rb") as f:
    b = bytearray(f.read())
app14 = b.find(b"\xff\xee")
assert app14 > 0 and b[app14 + 4:app14 + 9] == b"Adobe" and b[app14 + 15] == 0
b[app14 + 15] = 2
with open(path, "wb") as f:
    f.write(bytes(b))

for name in sorted(os.listdir(OUT)):
    if name.endswith((".png", ".jpg")) and not name.startswith(("truncated", "corrupt")):
        expect(name)

with Image.open(os.path.join(OUT, "ycck.jpg")) as im:
    assert im.mode == "CMYK"
    back = np.asarray(im).astype(int)
err = np.abs(back - cmyk.astype(int))
assert err.mean() < 3 and err.max() < 24, "the YCCK file does not hold the intended inks"

# Refused by PIL: a JPEG and a PNG cut short, and a PNG name on bytes that are no image.
for src, dst, keep in [("rgb420.jpg", "truncated.jpg", 0.6), ("rgb8.png", "truncated.png", 0.6)]:
    with open(os.path.join(OUT, src), "rb") as f:
        b = f.read()
    with open(os.path.join(OUT, dst), "wb") as f:
        f.write(b[:int(len(b) * keep)])
    try:
        with Image.open(os.path.join(OUT, dst)) as im:
            im.convert("RGB")
        raise SystemExit(dst + " is accepted by PIL")
    except OSError:
        pass
with open(os.path.join(OUT, "corrupt.png"), "wb") as f:
    f.write(b"\x89PNG\r\n\x1a\n" + bytes(rng.integers(0, 256, 200, dtype=np.uint8)))
print("wrote", len(os.listdir(OUT)), "files to", OUT)
