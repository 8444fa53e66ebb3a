from setuptools import setup, find_packages

setup(
    name="bitcoin-utils-extra",
    version="0.9.2",
    packages=find_packages(),
)
