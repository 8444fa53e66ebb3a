from setuptools import setup, find_packages

setup(
    name="mnemonic-lite",
    version="0.21",
    packages=find_packages(),
)
