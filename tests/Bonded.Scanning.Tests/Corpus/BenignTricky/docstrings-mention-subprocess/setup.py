from setuptools import setup

setup(name="shellwrap", version="2.0.0", packages=["shellwrap"])
