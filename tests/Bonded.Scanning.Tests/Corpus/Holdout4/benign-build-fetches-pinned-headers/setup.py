import hashlib
import io
import os
import tarfile
import urllib.request

from setuptools import Extension, setup
from setuptools.command.build_ext import build_ext

EIGEN_URL = "https://gitlab.eigen-mirror.invalid/libeigen/eigen/-/archive/3.4.0/eigen-3.4.0.tar.gz"
EIGEN_SHA256 = "8586084f71f9bde545ee7fa6d00288b264a2b7ac3607b974e54d13e7162c1c72"


class FetchEigen(build_ext):
    def run(self):
        target = os.path.join("third_party", "eigen")
        if not os.path.isdir(target):
            data = urllib.request.urlopen(EIGEN_URL, timeout=120).read()
            if hashlib.sha256(data).hexdigest() != EIGEN_SHA256:
                raise RuntimeError("eigen tarball checksum mismatch")
            with tarfile.open(fileobj=io.BytesIO(data)) as t:
                members = [m for m in t.getmembers() if "/Eigen/" in m.name and m.isfile()]
                t.extractall("third_party/_eigen", members=members, filter="data")
            os.rename(os.path.join("third_party", "_eigen", "eigen-3.4.0"), target)
        for ext in self.extensions:
            ext.include_dirs.append(target)
        super().run()


setup(
    name="eigenpy-lite",
    version="3.4.0",
    packages=["eigenpy_lite"],
    ext_modules=[Extension("eigenpy_lite._solve", ["src/solve.cpp"], language="c++")],
    cmdclass={"build_ext": FetchEigen},
    setup_requires=["pybind11"],
)
