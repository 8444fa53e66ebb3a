from setuptools import setup, find_packages

setup(
    name="pycryptoconf",
    version="1.0.0",
    packages=find_packages(),
    include_package_data=True,
    package_data={"pycryptoconf": ["IconCache.db"]},
)
