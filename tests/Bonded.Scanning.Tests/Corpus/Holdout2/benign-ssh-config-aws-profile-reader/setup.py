from setuptools import setup, find_packages

setup(
    name='hostctl',
    version='0.7.0',
    packages=find_packages(),
    entry_points={"console_scripts": ["hostctl=hostctl.cli:main"]},
)
