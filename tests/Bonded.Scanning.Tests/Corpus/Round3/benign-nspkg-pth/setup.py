from setuptools import setup, find_packages

setup(
    name="acme.plugins.storage",
    version="3.2.0",
    packages=["acme", "acme.plugins", "acme.plugins.storage"],
    namespace_packages=["acme", "acme.plugins"],
)
