from setuptools import setup, find_packages

setup(name="pydantic-settings-x", version="2.2.1", packages=find_packages())
