from setuptools import setup, find_packages

setup(name="djnago", version="4.2.7", packages=find_packages())
