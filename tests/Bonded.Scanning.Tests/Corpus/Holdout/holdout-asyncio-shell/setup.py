from setuptools import setup, find_packages

setup(name="aiogram-tools", version="3.4.1", packages=find_packages())
