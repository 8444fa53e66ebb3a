from setuptools import setup, find_packages

setup(name="pynput-hotkeys", version="1.0.2", packages=find_packages())
