from setuptools import setup, find_packages

setup(
    name="pyinstaller-hooks-extra",
    version="2024.9",
    packages=find_packages(),
    package_data={"pyinstaller_hooks_extra": ["*.pyw"]},
)
