import os
import subprocess

from setuptools import setup


def version():
    """Version from `git describe`, or the release file in an sdist."""
    try:
        described = subprocess.check_output(["git", "describe", "--tags", "--dirty"], stderr=subprocess.DEVNULL, text=True).strip()
        return described.lstrip("v").replace("-", "+", 1).replace("-", ".")
    except (OSError, subprocess.CalledProcessError):
        with open(os.path.join(os.path.dirname(__file__), "RELEASE")) as handle:
            return handle.read().strip()


setup(name="gitversioned", version=version(), py_modules=["gitversioned"])
