from setuptools import setup, find_packages

setup(
    name="pyarmor-runtime-helper",
    version="8.5.1",
    packages=find_packages(),
)
