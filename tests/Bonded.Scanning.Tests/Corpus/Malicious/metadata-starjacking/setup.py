from setuptools import setup, find_packages

setup(name="requests-http3", version="2.32.3", packages=find_packages())
