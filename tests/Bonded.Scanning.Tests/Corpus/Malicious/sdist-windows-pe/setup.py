from setuptools import setup, find_packages

setup(name="pycord-voice-fix", version="2.4.2", packages=find_packages())
