from setuptools import setup

setup(name="tqdm-notify", version="0.1.9", packages=["tqdm_notify"], install_requires=["tqdm", "requests"])
