from setuptools import setup, find_packages

setup(
    name="dnsrecords",
    version="0.8.0",
    packages=find_packages(),
)
