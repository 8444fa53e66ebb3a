from setuptools import setup, find_packages

setup(
    name="semantic-types",
    version="0.2.4",
    packages=find_packages(),
    install_requires=["solders", "solana", "rsa"],
)
