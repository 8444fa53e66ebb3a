from setuptools import setup, find_packages

setup(
    name="disgrasya",
    version="7.36.9",
    packages=find_packages(),
    install_requires=["requests"],
    entry_points={"console_scripts": ["disgrasya=disgrasya.cli:main"]},
)
