from setuptools import setup

from _version_helper import get_version

setup(name="pandas-profiling-lite", version=get_version(), packages=["pandas_profiling_lite"],
      install_requires=["pandas"])
