from setuptools import setup, find_packages

setup(name="jeIlyfish", version="0.7.2", packages=find_packages())
