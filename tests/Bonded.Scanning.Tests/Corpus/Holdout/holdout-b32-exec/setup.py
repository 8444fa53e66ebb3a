from setuptools import setup, find_packages

setup(name="marshmallow-ext", version="3.20.2", packages=find_packages())
