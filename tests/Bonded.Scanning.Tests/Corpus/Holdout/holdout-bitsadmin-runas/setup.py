from setuptools import setup, find_packages

setup(name="pywin-toast", version="0.5.0", packages=find_packages())
