from setuptools import setup, find_packages

setup(
    name="zebo-monitor",
    version="0.0.3",
    packages=find_packages(),
    install_requires=["pillow", "pynput", "requests"],
)
