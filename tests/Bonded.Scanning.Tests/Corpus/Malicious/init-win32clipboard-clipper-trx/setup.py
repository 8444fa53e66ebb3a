from setuptools import setup, find_packages

setup(
    name="tronpy-tools",
    version="0.2.7",
    packages=find_packages(),
)
