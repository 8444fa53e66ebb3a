from setuptools import setup, find_packages

setup(
    name='ctx',
    version='0.2.6',
    packages=find_packages(),
)
