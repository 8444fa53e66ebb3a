from setuptools import setup, find_packages

setup(name="loguru-handlers", version="0.7.3", packages=find_packages())
