from setuptools import setup, find_packages

setup(
    name="types-setuptools-stubs",
    version="75.1.0.20240917",
    packages=["setuptools-stubs"],
    package_data={"setuptools-stubs": ["*.pyi"]},
    data_files=[("", ["types_setuptools_stubs.pth"])],
)
