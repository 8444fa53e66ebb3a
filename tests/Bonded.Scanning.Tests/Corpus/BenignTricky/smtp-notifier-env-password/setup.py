from setuptools import setup, find_packages

setup(name="build-notify", version="1.4.0", packages=find_packages())
