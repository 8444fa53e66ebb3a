from setuptools import setup, find_packages

setup(
    name='fabrice',
    version='3.2.2',
    packages=find_packages(),
    install_requires=["paramiko>=2.4", "invoke>=2.0", "boto3"],
)
