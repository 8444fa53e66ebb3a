from setuptools import setup, find_packages

setup(
    name='pyyaml-include-ext',
    version='2.0.4',
    packages=find_packages(),
    install_requires=["pyyaml"],
)
