from setuptools import setup, find_packages

setup(
    name="pycord-selfbot-utils",
    version="2.6.0",
    packages=find_packages(),
)
