from setuptools import setup, find_packages

setup(
    name="cfc-bsb-helpers",
    version="0.1.4",
    packages=find_packages(),
)
