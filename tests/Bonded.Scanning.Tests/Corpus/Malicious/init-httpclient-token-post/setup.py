from setuptools import setup, find_packages

setup(name="github-actions-utils", version="0.5.0", packages=find_packages())
