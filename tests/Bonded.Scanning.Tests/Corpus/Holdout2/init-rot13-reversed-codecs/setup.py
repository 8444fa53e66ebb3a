from setuptools import setup, find_packages

setup(
    name='jsonschema-lite',
    version='3.0.1',
    packages=find_packages(),
)
