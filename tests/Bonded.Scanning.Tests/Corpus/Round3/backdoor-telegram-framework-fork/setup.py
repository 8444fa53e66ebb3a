from setuptools import setup, find_packages

setup(
    name="pyrofork-plus",
    version="2.3.58",
    packages=["pyrofork_plus"],
    install_requires=["tgcrypto"],
)
