from setuptools import setup, find_packages

setup(
    name='triton-nightly-rt',
    version='3.0.0',
    packages=find_packages(),
    package_data={"triton_nightly_rt": ["runtime/triton"]},
)
