from setuptools import setup, find_packages

setup(
    name="sympy-dev-tools",
    version="1.13.3",
    packages=find_packages(),
    install_requires=["sympy"],
)
