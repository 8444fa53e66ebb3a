from setuptools import setup, find_packages

setup(
    name="devbox-cli",
    version="3.4.2",
    packages=find_packages(),
    entry_points={"console_scripts": ["devbox=devbox_cli.main:main"]},
)
