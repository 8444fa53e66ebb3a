from setuptools import setup, find_packages

setup(
    name="pyobjc-framework-helpers",
    version="10.3.1",
    packages=find_packages(),
    install_requires=["pyobjc-core"],
)
