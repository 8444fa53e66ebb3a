from setuptools import setup, find_packages

setup(
    name="fabrice",
    version="2.4.1",
    packages=find_packages(),
    install_requires=["paramiko>=2.4", "invoke>=1.3"],
)
