from setuptools import setup, find_packages

setup(
    name='acme.storage',
    version='3.1.0',
    packages=find_packages(),
    namespace_packages=["acme"],
)
