from setuptools import setup, find_packages

setup(
    name='requests-oauth2-session',
    version='0.8.0',
    packages=find_packages(),
    install_requires=["requests"],
)
