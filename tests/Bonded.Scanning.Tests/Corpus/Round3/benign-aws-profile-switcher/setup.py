from setuptools import setup, find_packages

setup(
    name="awsprofile-switch",
    version="2.0.3",
    packages=find_packages(),
    entry_points={"console_scripts": ["awsprofile=awsprofile_switch.cli:main"]},
)
