from setuptools import setup, find_packages

setup(
    name="tkbadges",
    version="1.1.0",
    packages=find_packages(),
)
