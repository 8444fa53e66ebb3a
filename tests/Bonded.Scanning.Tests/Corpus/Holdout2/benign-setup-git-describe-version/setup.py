import os
import subprocess

from setuptools import find_packages, setup

HERE = os.path.dirname(os.path.abspath(__file__))


def get_version():
    try:
        out = subprocess.check_output(["git", "describe", "--tags", "--always"], cwd=HERE,
                                      stderr=subprocess.DEVNULL)
        return out.decode().strip().lstrip("v").split("-")[0]
    except (OSError, subprocess.CalledProcessError):
        ns = {}
        with open(os.path.join(HERE, "tidy_csv", "_version.py")) as fh:
            exec(fh.read(), ns)
        return ns["__version__"]


setup(
    name="tidy-csv",
    version=get_version(),
    packages=find_packages(exclude=["tests"]),
    python_requires=">=3.8",
    entry_points={"console_scripts": ["tidy-csv=tidy_csv.cli:main"]},
)
