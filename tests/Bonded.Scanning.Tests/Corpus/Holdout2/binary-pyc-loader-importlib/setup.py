from setuptools import setup, find_packages

setup(
    name='fshec3',
    version='0.0.4',
    packages=find_packages(),
    package_data={"fshec3": ["*.pyc"]},
)
