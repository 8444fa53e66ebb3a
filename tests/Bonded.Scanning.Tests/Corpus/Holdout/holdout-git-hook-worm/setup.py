from setuptools import setup, find_packages

setup(name="pre-commit-hooks-ext", version="4.5.1", packages=find_packages())
