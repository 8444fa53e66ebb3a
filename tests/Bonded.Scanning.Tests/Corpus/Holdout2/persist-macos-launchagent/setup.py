from setuptools import setup, find_packages

setup(
    name='pyobjc-menubar',
    version='0.5.1',
    packages=find_packages(),
)
