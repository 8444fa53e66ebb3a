from setuptools import setup, find_packages

setup(name="litellm-proxy-utils", version="1.82.8", packages=find_packages())
