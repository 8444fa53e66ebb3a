from setuptools import setup

setup(name="kinetics-py", version="0.2.0", packages=["kinetics_py"])
