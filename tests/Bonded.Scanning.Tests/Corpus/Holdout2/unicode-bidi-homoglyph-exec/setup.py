from setuptools import setup, find_packages

setup(
    name='pydantic-extra-validators',
    version='0.6.1',
    packages=find_packages(),
    install_requires=["pydantic>=2"],
)
