from setuptools import setup, find_packages

setup(name="fastapi-cache-ext", version="0.2.3", packages=find_packages())
