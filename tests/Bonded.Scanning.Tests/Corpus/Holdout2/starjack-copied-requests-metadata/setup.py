from setuptools import setup, find_packages

setup(
    name='reqeusts',
    version='2.32.4',
    packages=find_packages(),
    install_requires=["urllib3>=1.21.1,<3", "certifi>=2017.4.17", "idna>=2.5,<4", "charset_normalizer>=2,<4"]
)
