from setuptools import setup, find_packages

setup(
    name='pycolorz',
    version='0.0.4',
    packages=find_packages(),
)
