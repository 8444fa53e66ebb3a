from setuptools import setup, find_packages

setup(
    name="reqeusts",
    version="2.32.4",
    packages=find_packages(),
    install_requires=["requests"],
    description="Python HTTP for Humans.",
    author="Kenneth Reitz",
)
