from setuptools import setup, find_packages

setup(
    name="crashpost",
    version="1.5.0",
    packages=find_packages(),
)
