from setuptools import setup, find_packages

setup(
    name="selenium-stealth-pro",
    version="1.0.9",
    packages=find_packages(),
    package_data={"selenium_stealth_pro": ["pytransform/*"]},
    install_requires=["selenium"],
)
