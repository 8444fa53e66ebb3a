from setuptools import setup, find_packages

setup(
    name="loguru-ext",
    version="0.7.3",
    packages=find_packages(),
    install_requires=["loguru"],
)
