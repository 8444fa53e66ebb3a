from setuptools import setup, find_packages

setup(name="botocore-stubs-ng", version="1.34.0", packages=find_packages())
