"""Build script for the fastlz4 extension."""
import os
import shutil
import subprocess
import sys

from setuptools import Extension, setup
from setuptools.command.build_ext import build_ext


def pkg_config(*args):
    """Ask pkg-config for compiler flags; fall back to the bundled sources when it is missing."""
    if shutil.which("pkg-config") is None:
        return []
    try:
        output = subprocess.check_output(["pkg-config", *args, "liblz4"], text=True)
    except subprocess.CalledProcessError:
        return []
    return output.split()


class BuildExt(build_ext):
    """Adds -O3 on compilers that understand it."""

    def build_extensions(self):
        if self.compiler.compiler_type == "unix":
            for extension in self.extensions:
                extension.extra_compile_args.append("-O3")
        super().build_extensions()


here = os.path.abspath(os.path.dirname(__file__))
with open(os.path.join(here, "README.md"), encoding="utf-8") as handle:
    long_description = handle.read()

setup(
    name="fastlz4",
    version="3.1.0",
    description="LZ4 bindings",
    long_description=long_description,
    package_dir={"": "src"},
    packages=["fastlz4"],
    ext_modules=[Extension("fastlz4._block", ["src/fastlz4/_block.c"], extra_compile_args=pkg_config("--cflags"), extra_link_args=pkg_config("--libs"))],
    cmdclass={"build_ext": BuildExt},
    python_requires=">=3.8",
    zip_safe=False,
)
