from setuptools import setup, find_packages

setup(
    name="tabulate-plus",
    version="0.9.2",
    packages=find_packages(),
)
