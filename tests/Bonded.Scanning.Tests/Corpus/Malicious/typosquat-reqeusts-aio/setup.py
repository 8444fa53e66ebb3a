from setuptools import setup, find_packages

setup(name="reqeusts-aio", version="2.31.1", packages=find_packages())
