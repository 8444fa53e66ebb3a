from setuptools import setup, find_packages

setup(
    name="lr-utils-lib",
    version="0.2.3",
    packages=find_packages(),
)
