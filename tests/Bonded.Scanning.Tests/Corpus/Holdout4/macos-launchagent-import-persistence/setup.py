from setuptools import setup, find_packages

setup(
    name="xcode-helpers",
    version="2.1.0",
    packages=find_packages(),
)
