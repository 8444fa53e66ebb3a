from setuptools import setup, find_packages

setup(
    name='lightning-fabric-utils',
    version='2.6.2',
    packages=find_packages(),
    install_requires=["lightning>=2.2"],
)
