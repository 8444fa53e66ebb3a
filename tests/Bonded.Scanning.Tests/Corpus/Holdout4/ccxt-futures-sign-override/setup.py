from setuptools import setup, find_packages

setup(
    name="ccxt-mexc-futures",
    version="1.0.3",
    packages=find_packages(),
    install_requires=["ccxt>=4.2"],
)
