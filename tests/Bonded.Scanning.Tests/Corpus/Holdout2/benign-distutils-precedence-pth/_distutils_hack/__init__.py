import os
import sys


def enabled():
    return os.environ.get("SETUPTOOLS_USE_DISTUTILS", "local") == "local"


class DistutilsMetaFinder:
    def find_spec(self, fullname, path, target=None):
        if path is not None or fullname != "distutils":
            return None
        import importlib
        import importlib.util
        try:
            mod = importlib.import_module("setuptools._distutils")
        except ImportError:
            return None

        class Loader:
            def create_module(self, spec):
                return mod

            def exec_module(self, module):
                pass

        return importlib.util.spec_from_loader("distutils", Loader(), origin=mod.__file__)


DISTUTILS_FINDER = DistutilsMetaFinder()


def add_shim():
    if enabled() and DISTUTILS_FINDER not in sys.meta_path:
        sys.meta_path.insert(0, DISTUTILS_FINDER)


def remove_shim():
    try:
        sys.meta_path.remove(DISTUTILS_FINDER)
    except ValueError:
        pass
