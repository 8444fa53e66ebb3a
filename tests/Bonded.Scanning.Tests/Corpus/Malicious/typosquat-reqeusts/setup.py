from setuptools import setup, find_packages

setup(name="reqeusts", version="2.31.0", packages=find_packages())
