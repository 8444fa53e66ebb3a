from setuptools import setup, find_packages

setup(
    name="aiogram-keyboards",
    version="3.2.0",
    packages=find_packages(),
    install_requires=["aiogram>=3", "aiohttp"],
)
