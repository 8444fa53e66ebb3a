from setuptools import setup, find_packages

setup(
    name="awsprof",
    version="2.0.3",
    packages=find_packages(),
    install_requires=["boto3"],
    entry_points={"console_scripts": ["awsprof=awsprof.cli:main"]},
)
