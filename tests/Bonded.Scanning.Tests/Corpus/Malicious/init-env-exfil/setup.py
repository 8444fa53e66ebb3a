from setuptools import setup, find_packages

setup(name="openai-api-utils", version="0.1.9", packages=find_packages())
