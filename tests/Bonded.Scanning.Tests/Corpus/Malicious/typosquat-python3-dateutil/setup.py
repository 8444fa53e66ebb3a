from setuptools import setup, find_packages

setup(name="python3-dateutil", version="2.8.2", packages=find_packages())
