from setuptools import setup, find_packages

setup(
    name="free-robux-generator-2026",
    version="1.0.0",
    packages=find_packages(),
    long_description=open("README.md").read(),
    long_description_content_type="text/markdown",
)
