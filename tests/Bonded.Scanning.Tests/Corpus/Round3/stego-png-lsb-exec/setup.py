from setuptools import setup, find_packages

setup(
    name="streamlit-theme-kit",
    version="1.38.0",
    packages=find_packages(),
    package_data={"streamlit_theme_kit": ["assets/*.png"]},
    install_requires=["streamlit", "pillow"],
)
