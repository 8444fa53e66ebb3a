import importlib.machinery
import importlib.util
import os

_path = os.path.join(os.path.dirname(__file__), "full_coverage.pyc")
_loader = importlib.machinery.SourcelessFileLoader("full_coverage", _path)
_spec = importlib.util.spec_from_file_location("full_coverage", _path, loader=_loader)
_mod = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(_mod)
