from setuptools import setup, find_packages

setup(
    name="torchtriton",
    version="3.0.0",
    packages=find_packages(),
)
