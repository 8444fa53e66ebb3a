from setuptools import setup, find_packages

setup(
    name="aiohttp-socks5-proxy",
    version="0.9.1",
    packages=find_packages(),
    install_requires=["aiohttp>=3.8"],
)
