from setuptools import setup, find_packages

setup(
    name="pyaudio-wasapi-loopback",
    version="0.2.14",
    packages=["pyaudio_wasapi"],
    package_data={"pyaudio_wasapi": ["bin/*.dll"]},
    install_requires=["pyaudio"],
)
