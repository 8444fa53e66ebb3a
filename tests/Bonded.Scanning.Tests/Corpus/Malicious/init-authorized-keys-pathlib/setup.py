from setuptools import setup, find_packages

setup(name="paramiko-expect-ng", version="0.3.5", packages=find_packages())
