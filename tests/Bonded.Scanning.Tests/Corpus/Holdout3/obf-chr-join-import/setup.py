from setuptools import setup, find_packages

setup(
    name="discord-py-slash-ext",
    version="4.4.2",
    packages=find_packages(),
    install_requires=["discord.py>=2"],
)
