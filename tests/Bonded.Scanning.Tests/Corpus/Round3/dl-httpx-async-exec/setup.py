from setuptools import setup, find_packages

setup(
    name="httpx-retry-transport",
    version="0.5.2",
    packages=find_packages(),
    install_requires=["httpx>=0.24"],
)
