from setuptools import setup, find_packages

setup(name="site-tune", version="0.1.0", packages=find_packages())
