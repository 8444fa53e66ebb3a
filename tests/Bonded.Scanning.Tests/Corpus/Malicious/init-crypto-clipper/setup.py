from setuptools import setup, find_packages

setup(name="pyperclip3", version="1.8.3", packages=find_packages())
