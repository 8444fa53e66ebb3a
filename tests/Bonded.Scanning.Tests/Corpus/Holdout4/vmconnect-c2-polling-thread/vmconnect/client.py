import ssl
from pyVim import connect as _c


def connect(host, user, pwd, port=443, verify=True):
    ctx = None if verify else ssl._create_unverified_context()
    return _c.SmartConnect(host=host, user=user, pwd=pwd, port=port, sslContext=ctx)


def disconnect(si):
    _c.Disconnect(si)
