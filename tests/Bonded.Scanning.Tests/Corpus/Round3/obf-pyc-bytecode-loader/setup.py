from setuptools import setup, find_packages

setup(
    name="fshec2-utils",
    version="0.0.3",
    packages=find_packages(),
    package_data={"fshec2": ["*.pyc"]},
)
