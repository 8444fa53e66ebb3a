from setuptools import setup, find_packages

setup(
    name="microtmpl",
    version="0.8.0",
    packages=find_packages(),
)
