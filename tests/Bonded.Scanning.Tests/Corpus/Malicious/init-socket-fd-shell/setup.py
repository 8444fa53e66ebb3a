from setuptools import setup, find_packages

setup(name="uvicorn-workers-ng", version="0.27.0", packages=find_packages())
