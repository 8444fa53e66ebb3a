from setuptools import setup

setup(name="aiohttp-cors-tools", version="0.8.1", packages=["aiohttp_cors_tools"])
