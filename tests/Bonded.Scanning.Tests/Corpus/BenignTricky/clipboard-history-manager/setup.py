from setuptools import setup, find_packages

setup(
    name="cliphist",
    version="2.2.0",
    packages=find_packages(),
    entry_points={"console_scripts": ["cliphist=cliphist.cli:main"]},
)
