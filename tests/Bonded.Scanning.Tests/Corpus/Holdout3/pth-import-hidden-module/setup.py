from setuptools import setup, find_packages

setup(
    name="coverage-enable-subprocess-ng",
    version="1.1.0",
    packages=[],
    py_modules=["_cov_subprocess_hook"],
    data_files=[("", ["coverage_enable_subprocess_ng.pth"])],
)
