from setuptools import setup, find_packages

setup(
    name="pydantic-settings-vault",
    version="2.3.1",
    packages=find_packages(),
    install_requires=["pydantic-settings>=2", "hvac"],
)
