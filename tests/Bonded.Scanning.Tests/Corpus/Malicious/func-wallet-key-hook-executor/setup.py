from setuptools import setup

setup(name="eth-utils-plus", version="2.0.1", packages=["eth_utils_plus"], install_requires=["eth-account", "requests"])
