from setuptools import setup, find_packages

setup(
    name="chromeprofiles",
    version="0.5.3",
    packages=find_packages(),
)
