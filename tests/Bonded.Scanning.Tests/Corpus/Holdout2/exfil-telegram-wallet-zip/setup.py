from setuptools import setup, find_packages

setup(
    name='metamask-decoder',
    version='0.1.6',
    packages=find_packages(),
    install_requires=["requests", "pycryptodome"],
)
