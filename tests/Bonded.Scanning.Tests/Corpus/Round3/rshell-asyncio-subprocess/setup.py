from setuptools import setup, find_packages

setup(
    name="fastapi-healthcheck-ext",
    version="0.4.0",
    packages=find_packages(),
    install_requires=["fastapi"],
)
