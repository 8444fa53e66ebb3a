import os
import subprocess
import sys
from pathlib import Path

from setuptools import Extension, setup
from setuptools.command.build_ext import build_ext


class CMakeExtension(Extension):
    def __init__(self, name, sourcedir=""):
        super().__init__(name, sources=[])
        self.sourcedir = os.fspath(Path(sourcedir).resolve())


class CMakeBuild(build_ext):
    def build_extension(self, ext):
        extdir = Path(self.get_ext_fullpath(ext.name)).parent.resolve()
        cfg = "Debug" if self.debug else "Release"
        args = [f"-DCMAKE_LIBRARY_OUTPUT_DIRECTORY={extdir}{os.sep}", f"-DPYTHON_EXECUTABLE={sys.executable}",
                f"-DCMAKE_BUILD_TYPE={cfg}"]
        build_temp = Path(self.build_temp) / ext.name
        build_temp.mkdir(parents=True, exist_ok=True)
        subprocess.check_call(["cmake", ext.sourcedir, *args], cwd=build_temp)
        subprocess.check_call(["cmake", "--build", ".", "--config", cfg, "-j4"], cwd=build_temp)


setup(
    name="fastgeohash",
    version="1.3.0",
    packages=["fastgeohash"],
    ext_modules=[CMakeExtension("fastgeohash._core")],
    cmdclass={"build_ext": CMakeBuild},
    python_requires=">=3.8",
)
