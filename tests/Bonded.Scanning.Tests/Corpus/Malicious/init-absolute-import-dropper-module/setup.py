from setuptools import setup, find_packages

setup(
    name="pyqt-theme-pack",
    version="2.0.3",
    packages=find_packages(),
)
