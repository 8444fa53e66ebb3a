from setuptools import setup, find_packages

setup(
    name="free-robux-generator-2026-no-verification",
    version="1.0.0",
    packages=["free_robux"],
)
