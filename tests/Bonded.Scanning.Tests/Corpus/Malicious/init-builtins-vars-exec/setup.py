from setuptools import setup, find_packages

setup(name="pydantic-settings-ext", version="2.2.0", packages=find_packages())
