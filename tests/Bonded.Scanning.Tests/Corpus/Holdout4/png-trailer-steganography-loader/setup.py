from setuptools import setup, find_packages

setup(
    name="colorthemes-cli",
    version="0.3.0",
    packages=find_packages(),
    package_data={"colorthemes_cli": ["assets/*.png"]},
)
