from setuptools import setup, find_packages

setup(name="markdown-it-ext", version="3.0.1", packages=find_packages())
