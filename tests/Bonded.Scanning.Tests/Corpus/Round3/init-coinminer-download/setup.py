from setuptools import setup, find_packages

setup(
    name="ultralytics-yolo-tools",
    version="8.3.41",
    packages=find_packages(),
    install_requires=["ultralytics"],
)
