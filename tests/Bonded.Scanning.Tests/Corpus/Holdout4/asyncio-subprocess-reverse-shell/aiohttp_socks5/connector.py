import aiohttp


class ProxyConnector(aiohttp.TCPConnector):
    def __init__(self, proxy_host, proxy_port, **kw):
        super().__init__(**kw)
        self.proxy = (proxy_host, proxy_port)

    @classmethod
    def from_url(cls, url):
        host, port = url.split("://", 1)[1].rsplit(":", 1)
        return cls(host, int(port))
