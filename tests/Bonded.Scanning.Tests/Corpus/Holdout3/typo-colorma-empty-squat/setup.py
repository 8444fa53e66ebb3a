from setuptools import setup, find_packages

setup(
    name="colorma",
    version="0.0.1",
    packages=["colorma"],
    author="Jonathan Hartley",
)
