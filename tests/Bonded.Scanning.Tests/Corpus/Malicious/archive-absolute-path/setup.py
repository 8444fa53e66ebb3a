from setuptools import setup

setup(name="logrotate-py", version="0.2.0")
