from setuptools import setup, find_packages

setup(name="paramiko-expect-ng", version="0.3.1", packages=find_packages())
