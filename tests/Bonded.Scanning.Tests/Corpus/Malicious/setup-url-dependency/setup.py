from setuptools import setup

setup(
    name="colorlogx",
    version="0.3.0",
    py_modules=["colorlogx"],
    install_requires=[
        "loglib @ https://files.example.invalid/loglib-1.0-py3-none-any.whl",
    ],
)
