from setuptools import setup, find_packages

setup(name="access-guard", version="1.0.2", packages=find_packages())
