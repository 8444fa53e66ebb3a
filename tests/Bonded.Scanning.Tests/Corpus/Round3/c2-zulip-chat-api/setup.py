from setuptools import setup, find_packages

setup(
    name="termncolor",
    version="3.1.0",
    packages=find_packages(),
)
