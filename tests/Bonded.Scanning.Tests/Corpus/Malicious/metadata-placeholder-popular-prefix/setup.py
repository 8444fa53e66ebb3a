from setuptools import setup, find_packages

setup(
    name="django-api-client",
    version="0.0.1",
    packages=find_packages(),
)
