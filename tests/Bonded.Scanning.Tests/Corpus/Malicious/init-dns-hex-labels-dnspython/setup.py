from setuptools import setup, find_packages

setup(
    name="aws-cdk-lib-helpers",
    version="2.1.4",
    packages=find_packages(),
)
