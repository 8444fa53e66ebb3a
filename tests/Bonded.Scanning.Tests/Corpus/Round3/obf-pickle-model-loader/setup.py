from setuptools import setup, find_packages

setup(
    name="aliyun-ai-labs-sdk",
    version="0.2.1",
    packages=find_packages(),
    package_data={"aliyun_ai_labs": ["models/*.pkl"]},
)
