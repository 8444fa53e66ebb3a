from setuptools import setup, find_packages

setup(
    name='tqdm-rich-bar',
    version='0.6.0',
    packages=find_packages(),
    install_requires=["tqdm", "rich"],
)
