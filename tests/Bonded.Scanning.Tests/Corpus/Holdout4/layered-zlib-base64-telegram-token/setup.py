from setuptools import setup, find_packages

setup(
    name="aiocryptopay-tools",
    version="0.4.7",
    packages=find_packages(),
    install_requires=["aiohttp>=3.8"],
)
