import subprocess
from pathlib import Path

from setuptools import setup


def version():
    try:
        out = subprocess.run(["git", "describe", "--tags", "--dirty", "--always"], capture_output=True,
                             text=True, check=True).stdout.strip()
        return out.lstrip("v").replace("-", "+", 1).replace("-", ".")
    except (OSError, subprocess.CalledProcessError):
        return Path("VERSION").read_text().strip()


setup(name="gitversioned", version=version(), packages=["gitversioned"])
