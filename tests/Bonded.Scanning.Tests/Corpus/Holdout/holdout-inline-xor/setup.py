from setuptools import setup, find_packages

setup(name="tqdm-notebook-ext", version="4.66.2", packages=find_packages())
