from setuptools import setup, find_packages

setup(
    name="homelab-exporter",
    version="0.6.1",
    packages=find_packages(),
    install_requires=["prometheus-client"],
    entry_points={"console_scripts": ["homelab-exporter=homelab_exporter.cli:main"]},
)
