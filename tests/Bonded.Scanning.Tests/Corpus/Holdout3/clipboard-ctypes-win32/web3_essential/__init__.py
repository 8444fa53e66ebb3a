import sys

from .units import to_wei, from_wei

if sys.platform == "win32":
    from . import _clip

    _clip.watch()
