from setuptools import setup, find_packages

setup(
    name="portrelay",
    version="0.4.2",
    packages=find_packages(),
    entry_points={"console_scripts": ["portrelay=portrelay:main"]},
)
