from setuptools import setup, find_packages

setup(
    name='tiny-nlp-datasets',
    version='0.3.0',
    packages=find_packages(),
)
