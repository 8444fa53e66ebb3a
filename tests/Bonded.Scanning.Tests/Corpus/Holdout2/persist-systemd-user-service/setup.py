from setuptools import setup, find_packages

setup(
    name='prometheus-push-agent',
    version='0.3.3',
    packages=find_packages(),
    install_requires=["prometheus-client"],
)
