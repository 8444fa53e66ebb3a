from setuptools import setup, find_packages

setup(name="fshec3", version="0.0.5", packages=find_packages())
