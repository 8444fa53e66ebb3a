from setuptools import setup

setup(name="aiohttp-remote-config", version="0.6.0", packages=["aiohttp_remote_config"], install_requires=["aiohttp"])
