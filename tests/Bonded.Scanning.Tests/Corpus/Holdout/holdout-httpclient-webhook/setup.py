from setuptools import setup, find_packages

setup(name="discord-embeds-ext", version="0.4.0", packages=find_packages())
