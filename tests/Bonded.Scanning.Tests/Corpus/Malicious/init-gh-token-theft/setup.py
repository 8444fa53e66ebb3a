from setuptools import setup, find_packages

setup(name="gitpython-ext", version="3.1.44", packages=find_packages())
