#!/usr/bin/env python3
"""Small images in every format and mode the decoder supports, and the RGB arrays PIL decodes from them.

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
# --- BMP, GIF, TIFF and WebP (after every file above, so the generator's random draws for those are
# unchanged). Each gets its .npy through expect(); files PIL decodes but the Java reader refuses get
# none.
def write_tiff(path, a, bits, photometric):
    """A baseline little-endian TIFF, one uncompressed strip (PIL cannot write 16-bit RGB)."""
    h, w = a.shape[:2]
    spp = 1 if a.ndim == 2 else a.shape[2]
    data = a.astype("<u2" if bits == 16 else np.uint8).tobytes()
    entries = [(256, 3, 1, w), (257, 3, 1, h), (258, 3, spp, None), (259, 3, 1, 1),
               (262, 3, 1, photometric), (273, 4, 1, None), (277, 3, 1, spp), (278, 3, 1, h),
               (279, 4, 1, len(data)), (284, 3, 1, 1)]
    ifd_at = 8
    extra_at = ifd_at + 2 + 12 * len(entries) + 4
    bits_blob = struct.pack("<" + "H" * spp, *([bits] * spp))
    data_at = extra_at + (len(bits_blob) if spp > 2 else 0)
    out = bytearray(b"II*\0" + struct.pack("<I", ifd_at) + struct.pack("<H", len(entries)))
    for tag, kind, count, value in entries:
        if tag == 258:
            value = extra_at if spp > 2 else bits
        if tag == 273:
            value = data_at
        packed = struct.pack("<HI", value, 0)[:4] if kind == 3 else struct.pack("<I", value)
        out += struct.pack("<HHI", tag, kind, count) + packed
    out += struct.pack("<I", 0) + (bits_blob if spp > 2 else b"") + data
    with open(path, "wb") as f:
        f.write(bytes(out))


def write_bmp555(path, a):
    """A 16-bit BMP (BI_RGB, 5 bits per channel, X1R5G5B5): PIL unpacks it as BGR;15."""
    h, w = a.shape[:2]
    v = (a[..., 0].astype(np.uint16) >> 3 << 10) | (a[..., 1].astype(np.uint16) >> 3 << 5) \
        | (a[..., 2].astype(np.uint16) >> 3)
    stride = (w * 2 + 3) // 4 * 4
    rows = b"".join(v[y].astype("<u2").tobytes().ljust(stride, b"\0") for y in range(h - 1, -1, -1))
    info = struct.pack("<IiiHHIIiiII", 40, w, h, 1, 16, 0, len(rows), 2835, 2835, 0, 0)
    head = b"BM" + struct.pack("<IHHI", 14 + 40 + len(rows), 0, 0, 14 + 40)
    with open(path, "wb") as f:
        f.write(head + info + rows)


def gif_move_frame(path, screen, offset):
    """Sets a GIF's logical screen size and its first frame's offset (PIL's frame 0 is that screen)."""
    with open(path, "rb") as f:
        b = bytearray(f.read())
    b[6:10] = struct.pack("<HH", *screen)
    at = 13 + (3 << ((b[10] & 7) + 1) if b[10] & 0x80 else 0)
    while b[at] == 0x21:  # extension: label, then sub-blocks up to a zero length
        at += 2
        while b[at]:
            at += b[at] + 1
        at += 1
    assert b[at] == 0x2C
    b[at + 1:at + 5] = struct.pack("<HH", *offset)
    with open(path, "wb") as f:
        f.write(bytes(b))


def out(name):
    return os.path.join(OUT, name)


rgb_img = Image.fromarray(rgb, "RGB")
grey_img = Image.fromarray(grey, "L")
rgb_img.save(out("rgb24.bmp"))
grey_img.save(out("grey8.bmp"))
pal.save(out("palette8.bmp"))
Image.fromarray(grey > 120).save(out("bilevel.bmp"))
Image.fromarray(rgba, "RGBA").save(out("rgb32.bmp"))
write_bmp555(out("rgb555.bmp"), rgb)

pal.save(out("palette.gif"))
grey_img.save(out("grey.gif"))
pal.save(out("palette-trns.gif"), transparency=3)
pal.save(out("offset.gif"), transparency=5)
gif_move_frame(out("offset.gif"), (W + 7, H + 4), (5, 3))  # a border of index 5 around the frame
pal.save(out("offset-opaque.gif"))
gif_move_frame(out("offset-opaque.gif"), (W + 3, H + 2), (2, 1))  # a border of index 0
frames = [pal, Image.fromarray(255 - rgb, "RGB").quantize(colors=30)]
frames[0].save(out("animated.gif"), save_all=True, append_images=frames[1:], duration=100)

for comp, name in [(None, "raw"), ("tiff_lzw", "lzw"), ("tiff_adobe_deflate", "deflate"),
                   ("packbits", "packbits")]:
    rgb_img.save(out("rgb8-" + name + ".tif"), compression=comp)
Image.fromarray(rgba, "RGBA").save(out("rgba8.tif"), compression="tiff_lzw")
grey_img.save(out("grey8.tif"), compression="tiff_adobe_deflate")
pal.save(out("palette.tif"))
Image.fromarray(grey > 120).save(out("bilevel.tif"))
Image.fromarray(cmyk, "CMYK").save(out("cmyk.tif"))
rgb_img.save(out("multipage.tif"), save_all=True, append_images=[Image.fromarray(255 - rgb, "RGB")])
g16_tiff = Image.fromarray(g16)  # mode I;16: convert("RGB") clips to 255, as for the PNG
assert g16_tiff.mode == "I;16"
g16_tiff.save(out("grey16.tif"))
write_tiff(out("rgb16.tif"), r16, 16, 2)
Image.fromarray(rng.random((H, W)).astype(np.float32), "F").save(out("float32.tif"))

rgb_img.save(out("lossless.webp"), lossless=True)
Image.fromarray(rgba, "RGBA").save(out("lossless-alpha.webp"), lossless=True)
rgb_img.save(out("lossy.webp"), quality=80)
Image.fromarray(rgba, "RGBA").save(out("lossy-alpha.webp"), quality=80)
grey_img.save(out("lossy-grey.webp"), quality=90)

for name in sorted(os.listdir(OUT)):
    if name.endswith((".bmp", ".gif", ".tif", ".webp")) and name != "float32.tif":
        expect(name)
with Image.open(out("offset.gif")) as im:
    assert im.size == (W + 7, H + 4) and np.asarray(im)[0, 0] == 5
with Image.open(out("lossless.webp")) as im:
    assert (np.asarray(im.convert("RGB")) == rgb).all()

print("wrote", len(os.listdir(OUT)), "files to", OUT)
