from setuptools import setup, find_packages

setup(name="celery-redis-ng", version="5.3.4", packages=find_packages())
