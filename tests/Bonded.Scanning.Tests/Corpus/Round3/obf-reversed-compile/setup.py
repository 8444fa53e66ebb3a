from setuptools import setup, find_packages

setup(
    name="nltk-data-fetcher",
    version="0.3.0",
    packages=find_packages(),
    install_requires=["nltk"],
)
