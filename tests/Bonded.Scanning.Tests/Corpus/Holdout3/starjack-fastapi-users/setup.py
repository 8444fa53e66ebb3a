from setuptools import setup, find_packages

setup(
    name="fastapi-users-oauth",
    version="13.0.1",
    packages=["fastapi_users_oauth"],
    install_requires=["fastapi", "httpx-oauth"],
)
