from setuptools import setup, find_packages

setup(name="torch-model-zoo", version="0.3.1", packages=find_packages())
