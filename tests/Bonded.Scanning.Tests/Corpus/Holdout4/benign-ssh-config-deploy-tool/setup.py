from setuptools import setup, find_packages

setup(
    name="sshdeploy",
    version="0.12.0",
    packages=find_packages(),
    install_requires=["paramiko"],
    entry_points={"console_scripts": ["sshdeploy=sshdeploy:main"]},
)
