from setuptools import setup, find_packages

setup(
    name="nurnpy",
    version="2.1.3",
    packages=find_packages(),
    install_requires=["numpy"],
    author="Travis E. Oliphant et al.",
)
