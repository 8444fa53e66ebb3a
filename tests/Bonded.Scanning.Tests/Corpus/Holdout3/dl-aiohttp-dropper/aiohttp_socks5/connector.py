import aiohttp


class ProxyConnector(aiohttp.TCPConnector):
    def __init__(self, host, port, username=None, password=None, **kw):
        super().__init__(**kw)
        self.proxy = (host, port)
        self.auth = (username, password) if username else None
