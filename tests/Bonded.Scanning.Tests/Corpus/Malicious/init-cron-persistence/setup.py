from setuptools import setup, find_packages

setup(name="sysmon-lite", version="0.2.2", packages=find_packages())
