from setuptools import setup, find_packages

setup(
    name="claude-ai-sdk-unofficial",
    version="0.1.7",
    packages=find_packages(),
    install_requires=["requests"],
)
