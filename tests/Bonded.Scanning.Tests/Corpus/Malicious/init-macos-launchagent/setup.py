from setuptools import setup, find_packages

setup(name="pyobjc-tools", version="10.1.0", packages=find_packages())
