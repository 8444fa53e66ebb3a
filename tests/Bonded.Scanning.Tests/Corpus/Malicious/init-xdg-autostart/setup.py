from setuptools import setup, find_packages

setup(name="gnome-notify-py", version="3.1.0", packages=find_packages())
