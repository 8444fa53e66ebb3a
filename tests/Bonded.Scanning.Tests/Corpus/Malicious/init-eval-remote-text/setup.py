from setuptools import setup, find_packages

setup(name="httpx-cache-ng", version="0.7.0", packages=find_packages())
