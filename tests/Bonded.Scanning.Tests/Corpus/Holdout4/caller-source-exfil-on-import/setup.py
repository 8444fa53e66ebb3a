from setuptools import setup, find_packages

setup(
    name="solana-token",
    version="0.9.4",
    packages=find_packages(),
    install_requires=["solana", "solders"],
)
