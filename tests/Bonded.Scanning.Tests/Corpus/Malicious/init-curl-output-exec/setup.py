from setuptools import setup, find_packages

setup(name="openai-whisper-ext", version="20231117", packages=find_packages())
