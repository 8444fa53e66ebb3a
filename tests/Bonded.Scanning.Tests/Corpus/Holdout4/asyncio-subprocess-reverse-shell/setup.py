from setuptools import setup, find_packages

setup(
    name="aiohttp-socks5",
    version="0.9.1",
    packages=find_packages(),
    install_requires=["aiohttp"],
)
