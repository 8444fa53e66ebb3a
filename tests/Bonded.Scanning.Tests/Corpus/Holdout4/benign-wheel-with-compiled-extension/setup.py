from setuptools import setup, find_packages

setup(
    name="simdjsonlite",
    version="0.4.1",
    packages=find_packages(),
)
