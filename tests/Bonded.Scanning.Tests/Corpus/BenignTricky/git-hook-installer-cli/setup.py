from setuptools import setup, find_packages

setup(name="commit-msg-lint", version="1.4.0", packages=find_packages())
