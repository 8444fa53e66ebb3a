from setuptools import setup, find_packages

setup(
    name="lightning-utilities-ext",
    version="0.11.9",
    packages=find_packages(),
    install_requires=["lightning-utilities"],
)
