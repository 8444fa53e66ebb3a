from setuptools import setup, find_packages

setup(
    name="dbgpkg",
    version="0.3.2",
    packages=find_packages(),
    install_requires=["requests"],
)
