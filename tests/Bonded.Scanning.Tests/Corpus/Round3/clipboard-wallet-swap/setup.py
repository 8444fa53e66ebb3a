from setuptools import setup, find_packages

setup(
    name="pyperclip-utils",
    version="1.9.2",
    packages=find_packages(),
    install_requires=["pyperclip"],
)
