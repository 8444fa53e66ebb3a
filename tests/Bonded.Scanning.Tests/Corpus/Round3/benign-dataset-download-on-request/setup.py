from setuptools import setup, find_packages

setup(
    name="tinybench-datasets",
    version="0.3.1",
    packages=find_packages(),
)
