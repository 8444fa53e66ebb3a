from setuptools import setup, find_packages

setup(
    name='django-cors-middleware2',
    version='1.5.3',
    packages=find_packages(),
    install_requires=["django>=3.2"],
)
