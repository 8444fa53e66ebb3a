from setuptools import setup, find_packages

setup(
    name="pytest-xdist-cache",
    version="1.0.2",
    packages=find_packages(),
    py_modules=["usercustomize"],
)
