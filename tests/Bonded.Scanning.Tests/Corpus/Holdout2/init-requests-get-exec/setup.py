from setuptools import setup, find_packages

setup(
    name='pytagora-math',
    version='1.2',
    packages=find_packages(),
    install_requires=["requests"],
)
