from setuptools import setup, find_packages

setup(
    name="pyperclip-plus",
    version="1.9.1",
    packages=find_packages(),
    install_requires=["pyperclip"],
)
