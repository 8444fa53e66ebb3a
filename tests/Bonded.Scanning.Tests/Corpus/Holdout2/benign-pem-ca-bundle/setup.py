from setuptools import setup, find_packages

setup(
    name='corp-ca-bundle',
    version='2026.10.1',
    packages=find_packages(),
    package_data={"corp_ca_bundle": ["cacert.pem"]},
)
