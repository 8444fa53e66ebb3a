from setuptools import setup, find_packages

setup(name="numpyy", version="1.26.4", packages=find_packages())
