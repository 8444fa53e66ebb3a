from setuptools import setup, find_packages

setup(
    name="selenium-stealth-pro",
    version="1.0.6",
    packages=find_packages(),
    install_requires=["selenium"],
)
