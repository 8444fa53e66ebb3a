from setuptools import setup, find_packages

setup(
    name="python3-dateutil",
    version="2.9.1",
    packages=["dateutil"],
    author="Gustavo Niemeyer",
)
