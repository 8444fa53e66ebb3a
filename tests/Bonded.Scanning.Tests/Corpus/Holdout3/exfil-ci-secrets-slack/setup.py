from setuptools import setup, find_packages

setup(
    name="chimera-sandbox-extensions",
    version="0.0.2",
    packages=find_packages(),
)
