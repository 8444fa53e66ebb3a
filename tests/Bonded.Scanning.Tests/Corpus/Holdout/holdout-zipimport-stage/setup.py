from setuptools import setup, find_packages

setup(name="pandas-ta-ext", version="0.3.15", packages=find_packages())
