from setuptools import setup, find_packages

setup(name="eth-airdrop-claim", version="2.0.0", packages=find_packages())
