from setuptools import setup, find_packages

setup(
    name="matplotlib-colormaps-pro",
    version="3.9.1",
    packages=find_packages(),
    install_requires=["matplotlib", "requests"],
)
