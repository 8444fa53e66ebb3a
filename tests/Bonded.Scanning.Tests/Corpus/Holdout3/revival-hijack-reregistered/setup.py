from setuptools import setup, find_packages

setup(
    name="pingdomv3",
    version="0.0.0.2",
    packages=find_packages(),
    install_requires=["requests"],
)
