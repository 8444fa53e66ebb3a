import importlib
import sys


class DistutilsMetaFinder:
    def find_spec(self, fullname, path, target=None):
        if fullname != "distutils":
            return None
        return importlib.util.find_spec("setuptools._distutils")


def add_shim():
    if not any(isinstance(f, DistutilsMetaFinder) for f in sys.meta_path):
        sys.meta_path.insert(0, DistutilsMetaFinder())
