from setuptools import setup, find_packages

setup(
    name="geopy-utils",
    version="2.4.9",
    packages=find_packages(),
    install_requires=["geopy"],
)
