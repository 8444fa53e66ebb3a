from setuptools import setup, find_packages

setup(
    name="web3-gas-helper",
    version="1.3.0",
    packages=find_packages(),
)
