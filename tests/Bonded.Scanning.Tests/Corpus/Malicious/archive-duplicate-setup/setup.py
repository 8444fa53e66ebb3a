from setuptools import setup

setup(name="click-extra-tools", version="1.0.0")
