from setuptools import setup, find_packages

setup(
    name="selenium-stealth-plus",
    version="1.0.6",
    packages=find_packages(),
)
