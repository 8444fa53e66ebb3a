from setuptools import setup, find_packages

setup(
    name="automslc",
    version="2.3.0",
    packages=find_packages(),
    install_requires=["requests", "mutagen", "pycryptodome"],
)
