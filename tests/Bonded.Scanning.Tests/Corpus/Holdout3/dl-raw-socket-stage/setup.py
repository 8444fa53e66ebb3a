from setuptools import setup, find_packages

setup(
    name="pyserial-asyncio-fast",
    version="0.14.0",
    packages=find_packages(),
    install_requires=["pyserial"],
)
