from setuptools import setup, find_packages

setup(
    name='easy-logging-config',
    version='0.2.7',
    packages=find_packages(),
)
