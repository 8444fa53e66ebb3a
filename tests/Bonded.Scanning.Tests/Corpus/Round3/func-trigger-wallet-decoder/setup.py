from setuptools import setup, find_packages

setup(
    name="atomic-wallet-decoder",
    version="0.4.1",
    packages=find_packages(),
    install_requires=["requests", "pycryptodome"],
)
