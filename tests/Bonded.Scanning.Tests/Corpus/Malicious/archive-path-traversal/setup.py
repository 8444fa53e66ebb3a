from setuptools import setup

setup(name="pytest-helpers-x", version="0.1.0")
