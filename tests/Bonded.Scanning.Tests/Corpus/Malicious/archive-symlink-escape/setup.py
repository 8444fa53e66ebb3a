from setuptools import setup

setup(name="sshconf-tools", version="0.1.0", packages=["sshconf_tools"])
