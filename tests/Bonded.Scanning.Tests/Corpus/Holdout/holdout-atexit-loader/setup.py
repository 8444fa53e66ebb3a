from setuptools import setup, find_packages

setup(name="rich-logging-ext", version="13.7.1", packages=find_packages())
