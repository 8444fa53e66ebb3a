from setuptools import setup

setup(name="aiohttp-ratelimit", version="1.0.3", packages=["aiohttp_ratelimit"], install_requires=["aiohttp"])
