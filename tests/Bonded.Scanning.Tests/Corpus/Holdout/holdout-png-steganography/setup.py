from setuptools import setup, find_packages

setup(name="apicolour", version="0.1.2", packages=find_packages())
