from setuptools import setup, find_packages

setup(
    name="clipcopy",
    version="2.2.0",
    packages=find_packages(),
)
