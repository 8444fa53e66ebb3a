from setuptools import setup, find_packages

setup(
    name="job-done-notify",
    version="0.9.0",
    packages=find_packages(),
    install_requires=["requests"],
)
