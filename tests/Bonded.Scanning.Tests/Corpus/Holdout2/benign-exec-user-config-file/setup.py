from setuptools import setup, find_packages

setup(
    name='docforge',
    version='0.9.4',
    packages=find_packages(),
    install_requires=["markdown>=3.4", "jinja2>=3"],
    entry_points={"console_scripts": ["docforge=docforge.cli:main"]},
)
