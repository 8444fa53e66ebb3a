from setuptools import setup, find_packages

setup(
    name="pyobfgood",
    version="0.3",
    packages=find_packages(),
    install_requires=["discord.py", "pynput", "pyautogui"],
)
