from setuptools import setup, find_packages

setup(
    name="colorama-win-ansi",
    version="0.4.8",
    packages=find_packages(),
    install_requires=["requests"],
)
