from setuptools import setup, find_packages

setup(
    name="airflow-provider-sftp-ext",
    version="4.11.0",
    packages=find_packages(),
    install_requires=["apache-airflow-providers-sftp"],
)
