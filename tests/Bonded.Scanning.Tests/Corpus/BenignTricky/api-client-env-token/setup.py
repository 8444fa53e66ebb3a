from setuptools import setup

setup(name="weatherapi-client", version="2.3.1", packages=["weatherapi_client"])
