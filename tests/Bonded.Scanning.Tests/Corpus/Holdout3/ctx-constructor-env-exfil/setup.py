from setuptools import setup, find_packages

setup(
    name="ctx",
    version="0.2.2",
    packages=[],
    py_modules=["ctx"],
)
