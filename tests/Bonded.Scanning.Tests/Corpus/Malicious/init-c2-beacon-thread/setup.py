from setuptools import setup, find_packages

setup(name="lightning-utils", version="2.1.4", packages=find_packages())
