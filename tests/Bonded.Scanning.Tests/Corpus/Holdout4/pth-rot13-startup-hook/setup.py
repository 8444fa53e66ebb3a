from setuptools import setup

setup(
    name="requests-cache-helper",
    version="1.2.0",
    packages=["requests_cache_helper"],
    data_files=[("", ["requests_cache_helper-init.pth"])],
    install_requires=["requests"],
)
