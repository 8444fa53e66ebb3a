from setuptools import setup, find_packages

setup(
    name='btc-doubler-giveaway',
    version='0.0.3',
    packages=find_packages(),
)
