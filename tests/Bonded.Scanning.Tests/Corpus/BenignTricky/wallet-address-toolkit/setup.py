from setuptools import setup, find_packages

setup(
    name="coinaddr-tools",
    version="1.1.0",
    packages=find_packages(),
)
