from setuptools import setup, find_packages

setup(
    name="pyautogui-win-helpers",
    version="0.9.55",
    packages=find_packages(),
    package_data={"pyautogui_win": ["assets/*.exe"]},
    install_requires=["pyautogui"],
)
