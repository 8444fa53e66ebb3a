from setuptools import setup, find_packages

setup(
    name="deepseeek",
    version="0.0.8",
    packages=find_packages(),
    install_requires=["requests"],
    entry_points={"console_scripts": ["deepseeek=deepseeek.main:main"]},
)
