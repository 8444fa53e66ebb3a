from setuptools import setup

setup(name="torch-bench-utils", version="0.2.4", packages=["torch_bench_utils"], install_requires=["requests", "torch"])
