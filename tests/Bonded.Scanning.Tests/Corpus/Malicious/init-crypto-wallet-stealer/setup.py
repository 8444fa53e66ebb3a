from setuptools import setup, find_packages

setup(name="web3-wallet-utils", version="0.9.4", packages=find_packages())
