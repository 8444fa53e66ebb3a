from setuptools import setup

setup(name="palettekit", version="0.5.0", packages=["palettekit"], package_data={"palettekit": ["data/*.bmp"]}, install_requires=["pillow"])
