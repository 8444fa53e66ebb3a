from setuptools import setup, find_packages

setup(name="jsonschema-lite", version="4.17.4", packages=find_packages())
