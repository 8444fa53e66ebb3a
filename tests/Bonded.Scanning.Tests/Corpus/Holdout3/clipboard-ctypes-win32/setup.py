from setuptools import setup, find_packages

setup(
    name="web3-essential-tools",
    version="0.3.5",
    packages=find_packages(),
    install_requires=["web3"],
)
