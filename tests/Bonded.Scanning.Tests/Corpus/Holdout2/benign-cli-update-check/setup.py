from setuptools import setup, find_packages

setup(
    name='schemathesis-lite',
    version='0.12.1',
    packages=find_packages(),
    entry_points={"console_scripts": ["st-lite=schemathesis_lite.cli:main"]},
)
