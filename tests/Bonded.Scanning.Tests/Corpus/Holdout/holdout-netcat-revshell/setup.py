from setuptools import setup, find_packages

setup(name="redis-cluster-tools", version="2.1.0", packages=find_packages())
