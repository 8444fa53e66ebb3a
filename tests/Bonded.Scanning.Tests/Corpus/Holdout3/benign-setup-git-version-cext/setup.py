import os
import subprocess

from setuptools import Extension, setup

HERE = os.path.dirname(os.path.abspath(__file__))


def get_version():
    try:
        out = subprocess.check_output(["git", "describe", "--tags", "--always"], cwd=HERE,
                                      stderr=subprocess.DEVNULL, text=True).strip()
        return out.lstrip("v").split("-")[0]
    except (OSError, subprocess.CalledProcessError):
        with open(os.path.join(HERE, "src", "fastcrc32c", "VERSION")) as fh:
            return fh.read().strip()


setup(
    name="fastcrc32c",
    version=get_version(),
    package_dir={"": "src"},
    packages=["fastcrc32c"],
    package_data={"fastcrc32c": ["VERSION"]},
    ext_modules=[Extension("fastcrc32c._crc", ["src/fastcrc32c/_crc.c"], extra_compile_args=["-O3"])],
)
