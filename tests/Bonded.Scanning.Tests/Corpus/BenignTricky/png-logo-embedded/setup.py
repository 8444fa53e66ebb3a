from setuptools import setup, find_packages

setup(name="report-html", version="1.4.0", packages=find_packages())
