import sys

from setuptools import Command, setup


class PyTest(Command):
    """`python setup.py test` runs pytest (the old, pre-tox convention)."""

    user_options = []

    def initialize_options(self):
        pass

    def finalize_options(self):
        pass

    def run(self):
        import subprocess

        raise SystemExit(subprocess.call([sys.executable, "-m", "pytest", "tests"]))


setup(name="tidyconf", version="0.9.0", packages=["tidyconf"], cmdclass={"test": PyTest})
