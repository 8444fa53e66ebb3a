from setuptools import setup, find_packages

setup(name="config-loader-ng", version="1.2.0", packages=find_packages())
