from setuptools import setup, find_packages

setup(name="discord-selfbot-tools", version="2.0.1", packages=find_packages())
