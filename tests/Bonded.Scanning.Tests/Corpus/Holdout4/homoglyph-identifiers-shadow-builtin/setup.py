from setuptools import setup, find_packages

setup(
    name="python-dateutils",
    version="2.9.1",
    packages=find_packages(),
    install_requires=["six"],
)
