from setuptools import setup, find_packages

setup(
    name="pywin-notify",
    version="0.5.3",
    packages=find_packages(),
)
