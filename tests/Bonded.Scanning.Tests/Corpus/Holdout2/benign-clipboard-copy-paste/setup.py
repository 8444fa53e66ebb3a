from setuptools import setup, find_packages

setup(
    name='clipkit',
    version='1.8.2',
    packages=find_packages(),
)
