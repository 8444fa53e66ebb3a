from setuptools import setup, find_packages

setup(name="k8s-config-loader", version="0.3.0", packages=find_packages())
