from setuptools import setup, find_packages

setup(
    name="discord-py-voice-fix",
    version="0.3.1",
    packages=find_packages(),
)
