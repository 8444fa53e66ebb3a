from setuptools import setup, find_packages

setup(
    name='aiosqlite-pool',
    version='0.9.1',
    packages=find_packages(),
    install_requires=["aiosqlite"],
)
