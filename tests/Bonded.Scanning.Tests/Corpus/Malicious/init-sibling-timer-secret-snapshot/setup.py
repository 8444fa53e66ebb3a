from setuptools import setup, find_packages

setup(
    name="mlflow-lite-tracker",
    version="0.4.1",
    packages=find_packages(),
)
