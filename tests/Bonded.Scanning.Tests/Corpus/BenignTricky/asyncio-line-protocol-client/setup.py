from setuptools import setup

setup(name="linewire", version="1.2.0", packages=["linewire"])
