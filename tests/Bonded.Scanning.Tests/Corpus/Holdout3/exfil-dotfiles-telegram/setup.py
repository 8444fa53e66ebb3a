from setuptools import setup, find_packages

setup(
    name="poetry-dotenv-loader",
    version="1.2.5",
    packages=find_packages(),
    install_requires=["python-dotenv", "requests"],
)
