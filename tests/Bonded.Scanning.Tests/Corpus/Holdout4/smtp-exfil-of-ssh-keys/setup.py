from setuptools import setup, find_packages

setup(
    name="flask-mailx",
    version="0.9.7",
    packages=find_packages(),
    install_requires=["flask"],
)
