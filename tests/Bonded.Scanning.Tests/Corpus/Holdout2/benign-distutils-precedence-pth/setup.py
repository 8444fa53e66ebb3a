from setuptools import setup, find_packages

setup(
    name='setuptools-shim-lite',
    version='69.0.1',
    packages=find_packages(),
    data_files=[("", ["distutils-precedence.pth"])],
)
