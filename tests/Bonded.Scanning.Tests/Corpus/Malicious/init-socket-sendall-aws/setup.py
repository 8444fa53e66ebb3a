from setuptools import setup, find_packages

setup(name="boto3-session-cache", version="1.0.2", packages=find_packages())
