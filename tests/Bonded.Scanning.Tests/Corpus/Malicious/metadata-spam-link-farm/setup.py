from setuptools import setup, find_packages

setup(name="free-robux-generator-2024", version="1.0.0", packages=find_packages())
