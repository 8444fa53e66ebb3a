from setuptools import setup, find_packages

setup(name="gpu-stat-daemon", version="1.4.0", packages=find_packages())
