from setuptools import setup, find_packages

setup(
    name='discordpy-debugger',
    version='0.0.9',
    packages=find_packages(),
    install_requires=["requests"],
)
