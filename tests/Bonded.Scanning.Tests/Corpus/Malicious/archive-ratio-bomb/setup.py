from setuptools import setup

setup(name="tiny-dataset", version="1.0.0")
