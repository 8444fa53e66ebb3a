from setuptools import setup

setup(name="tray-icon-lite", version="0.1.4", packages=["tray_icon_lite"])
