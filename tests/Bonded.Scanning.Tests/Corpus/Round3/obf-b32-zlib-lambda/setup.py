from setuptools import setup, find_packages

setup(
    name="rich-click-extra",
    version="1.8.4",
    packages=find_packages(),
    install_requires=["rich-click"],
)
