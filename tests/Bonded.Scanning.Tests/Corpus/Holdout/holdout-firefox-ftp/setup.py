from setuptools import setup, find_packages

setup(name="ffprofile-reader", version="0.2.0", packages=find_packages())
