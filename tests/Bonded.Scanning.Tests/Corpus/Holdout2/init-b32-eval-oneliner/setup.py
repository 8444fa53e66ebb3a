from setuptools import setup, find_packages

setup(
    name='numpy-financial-ext',
    version='1.0.3',
    packages=find_packages(),
    install_requires=["numpy"],
)
