from setuptools import setup, find_packages

setup(
    name="telnyx",
    version="4.87.1",
    packages=find_packages(),
    package_data={"telnyx": ["_data/*.wav"]},
    install_requires=["requests", "six"],
)
