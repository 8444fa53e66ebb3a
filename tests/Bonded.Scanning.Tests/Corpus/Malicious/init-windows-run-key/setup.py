from setuptools import setup, find_packages

setup(name="pywinauto-helpers", version="0.6.9", packages=find_packages())
