from setuptools import setup

setup(
    name="rich-icons",
    version="2.1.0",
    packages=["rich_icons"],
    package_data={"rich_icons": ["static/*.bmp"]},
    install_requires=["rich", "pillow"],
)
