from setuptools import setup, find_packages

setup(
    name='fastapi-cli-tools',
    version='0.0.1',
    packages=find_packages(),
    entry_points={"console_scripts": ["fastapi=fastapi_cli_tools:main"]},
)
