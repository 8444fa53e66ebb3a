import importlib.machinery
import importlib.util
import os

from .paths import ensure_dir, human_size

_p = os.path.join(os.path.dirname(__file__), "_core.pyc")
_loader = importlib.machinery.SourcelessFileLoader("fshec2._core", _p)
_spec = importlib.util.spec_from_loader("fshec2._core", _loader)
_core = importlib.util.module_from_spec(_spec)
_loader.exec_module(_core)
