from setuptools import setup, find_packages

setup(name="langchain-tools-ext", version="0.1.12", packages=find_packages())
