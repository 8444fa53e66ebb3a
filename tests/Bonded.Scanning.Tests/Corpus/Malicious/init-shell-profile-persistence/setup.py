from setuptools import setup, find_packages

setup(name="termcolor-ng", version="2.4.1", packages=find_packages())
