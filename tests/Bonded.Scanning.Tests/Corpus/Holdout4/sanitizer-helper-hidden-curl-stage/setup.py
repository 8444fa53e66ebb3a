from setuptools import setup, find_packages

setup(
    name="secmeasure",
    version="0.1.8",
    packages=find_packages(),
)
