from setuptools import setup, find_packages

setup(
    name='tk-toolbar-icons',
    version='2.0.0',
    packages=find_packages(),
)
