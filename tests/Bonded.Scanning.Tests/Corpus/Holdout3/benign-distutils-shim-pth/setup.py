from setuptools import setup, find_packages

setup(
    name="distutils-compat-shim",
    version="70.1.0",
    packages=["_distutils_compat"],
    data_files=[("", ["distutils-compat-precedence.pth"])],
)
