from setuptools import setup, find_packages

setup(
    name='notify-hooks',
    version='1.6.0',
    packages=find_packages(),
    install_requires=["requests>=2.25"],
)
