from setuptools import setup

setup(name="vendored-paths", version="0.3.0", packages=["vendored_paths"])
