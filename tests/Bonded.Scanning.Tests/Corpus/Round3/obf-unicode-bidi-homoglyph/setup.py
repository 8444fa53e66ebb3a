from setuptools import setup, find_packages

setup(
    name="requests-oauth2-client",
    version="1.6.0",
    packages=find_packages(),
    install_requires=["requests"],
)
