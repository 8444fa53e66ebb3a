from setuptools import setup, find_packages

setup(name="pywin-notify", version="0.9.1", packages=find_packages())
