from setuptools import setup, find_packages

setup(
    name="sshconf-fzf",
    version="1.3.0",
    packages=find_packages(),
    entry_points={"console_scripts": ["sshf=sshconf_fzf:main"]},
)
