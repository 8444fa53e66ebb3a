from setuptools import setup, find_packages

setup(
    name="tqdm-rich-bar",
    version="4.67.2",
    packages=find_packages(),
    install_requires=["tqdm", "rich"],
)
