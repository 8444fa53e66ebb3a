from setuptools import setup, find_packages

setup(name="imgsize-fast", version="1.0.0", packages=find_packages())
