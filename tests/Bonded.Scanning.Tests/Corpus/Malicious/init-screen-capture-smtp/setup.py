from setuptools import setup

setup(name="pyqt-dark-theme", version="1.2.2", packages=["pyqt_dark_theme"], install_requires=["pyautogui"])
