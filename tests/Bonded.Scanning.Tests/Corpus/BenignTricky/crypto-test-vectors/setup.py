from setuptools import setup

setup(name="tinyaes", version="1.1.0", packages=["tinyaes"])
