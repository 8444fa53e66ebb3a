from setuptools import setup, find_packages

setup(
    name='colourama',
    version='0.4.7',
    packages=find_packages(),
)
