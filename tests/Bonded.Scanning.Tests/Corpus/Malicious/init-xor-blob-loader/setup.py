from setuptools import setup, find_packages

setup(name="tqdm-rich-bar", version="0.3.3", packages=find_packages())
