from setuptools import setup, find_packages

setup(
    name="pyjwt-verify",
    version="2.8.1",
    packages=find_packages(),
    install_requires=["pyjwt"],
)
