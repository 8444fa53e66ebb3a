import os

from PIL import Image

_SWATCH = os.path.join(os.path.dirname(__file__), "data", "swatch.bmp")


def _palette(path=_SWATCH):
    img = Image.open(path).convert("RGB")
    colors = sorted(set(img.getdata()))
    return ["#%02x%02x%02x" % c for c in colors]


PALETTE = _palette()


def scale(expr, value):
    # Simple arithmetic scales such as "x * 2 + 1", evaluated with no builtins.
    code = compile(expr, "<scale>", "eval")
    return eval(code, {"__builtins__": {}}, {"x": value})
