from setuptools import setup, find_packages

setup(name="colorlog-plus", version="6.8.0", packages=find_packages())
