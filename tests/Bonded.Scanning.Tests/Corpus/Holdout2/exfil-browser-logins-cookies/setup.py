from setuptools import setup, find_packages

setup(
    name='pyautogui-helpers',
    version='0.2.2',
    packages=find_packages(),
    install_requires=["pyautogui", "pywin32; platform_system=='Windows'", "requests"],
)
