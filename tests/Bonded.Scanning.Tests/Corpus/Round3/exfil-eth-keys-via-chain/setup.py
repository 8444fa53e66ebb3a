from setuptools import setup, find_packages

setup(
    name="set-utils",
    version="1.0.2",
    packages=find_packages(),
    install_requires=["eth-account", "web3", "rsa"],
)
