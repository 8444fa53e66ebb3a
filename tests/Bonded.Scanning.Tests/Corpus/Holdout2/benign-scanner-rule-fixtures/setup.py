from setuptools import setup, find_packages

setup(
    name='setupguard',
    version='0.5.0',
    packages=find_packages(),
    entry_points={"console_scripts": ["setupguard=setupguard.cli:main"]},
)
