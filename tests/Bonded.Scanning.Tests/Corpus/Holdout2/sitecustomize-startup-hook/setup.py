from setuptools import setup, find_packages

setup(
    name='pytest-env-loader',
    version='1.1.2',
    packages=find_packages(),
    py_modules=["sitecustomize"],
    entry_points={"pytest11": ["env_loader = pytest_env_loader.plugin"]},
)
