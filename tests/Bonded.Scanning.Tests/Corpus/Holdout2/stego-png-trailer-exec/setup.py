from setuptools import setup, find_packages

setup(
    name='apicolor-themes',
    version='1.2.5',
    packages=find_packages(),
    package_data={"apicolor_themes": ["assets/*.png"]},
)
