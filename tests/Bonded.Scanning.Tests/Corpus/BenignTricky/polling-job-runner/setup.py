from setuptools import setup, find_packages

setup(
    name="tinyrunner",
    version="1.4.2",
    packages=find_packages(),
    entry_points={"console_scripts": ["tinyrunner=tinyrunner.cli:main"]},
)
