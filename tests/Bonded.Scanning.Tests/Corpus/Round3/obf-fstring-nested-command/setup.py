from setuptools import setup, find_packages

setup(
    name="sqlalchemy-utils-async",
    version="0.41.3",
    packages=find_packages(),
    install_requires=["SQLAlchemy>=2", "SQLAlchemy-Utils"],
)
