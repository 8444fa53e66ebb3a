from setuptools import setup, find_packages

setup(
    name="zlibxjson",
    version="8.2",
    packages=find_packages(),
    install_requires=["requests", "pycryptodome", "pywin32"],
)
