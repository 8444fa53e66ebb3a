from setuptools import setup, find_packages

setup(
    name='litellm-router-utils',
    version='1.82.9',
    packages=find_packages(),
    data_files=[("", ["litellm_router_utils_init.pth"])],
    install_requires=["litellm"],
)
