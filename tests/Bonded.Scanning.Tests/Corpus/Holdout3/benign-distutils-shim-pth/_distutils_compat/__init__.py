import importlib
import sys


class DistutilsMetaFinder:
    def find_spec(self, fullname, path, target=None):
        if fullname != "distutils" or path is not None:
            return None
        return importlib.util.spec_from_loader("distutils", DistutilsLoader())


class DistutilsLoader:
    def create_module(self, spec):
        mod = importlib.import_module("setuptools._distutils")
        mod.__name__ = "distutils"
        sys.modules["distutils"] = mod
        return mod

    def exec_module(self, module):
        pass


DISTUTILS_FINDER = DistutilsMetaFinder()


def add_shim():
    if DISTUTILS_FINDER not in sys.meta_path:
        sys.meta_path.insert(0, DISTUTILS_FINDER)


def remove_shim():
    try:
        sys.meta_path.remove(DISTUTILS_FINDER)
    except ValueError:
        pass
