from setuptools import setup, find_packages

setup(name="jupyter-kernel-ext", version="6.29.1", packages=find_packages())
