from setuptools import setup, find_packages

setup(
    name='gridplot',
    version='2.2.0',
    packages=find_packages(),
    install_requires=["matplotlib>=3.5"],
)
