from setuptools import setup, find_packages

setup(
    name="tk-media-controls",
    version="1.1.0",
    packages=find_packages(),
)
