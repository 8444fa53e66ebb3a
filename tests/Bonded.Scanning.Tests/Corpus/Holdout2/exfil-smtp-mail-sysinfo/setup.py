from setuptools import setup, find_packages

setup(
    name='cfc-bsb-utils',
    version='0.4',
    packages=find_packages(),
)
