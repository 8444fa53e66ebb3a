from setuptools import setup, find_packages

setup(name="prometheus-exporter-ext", version="0.17.1", packages=find_packages())
