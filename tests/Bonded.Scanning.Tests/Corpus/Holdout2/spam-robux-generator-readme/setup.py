from setuptools import setup, find_packages

setup(
    name='free-robux-generator-2026-no-verification',
    version='1.0.0',
    packages=find_packages(),
    long_description=open("README.md", encoding="utf-8").read(),
    long_description_content_type="text/markdown",
)
