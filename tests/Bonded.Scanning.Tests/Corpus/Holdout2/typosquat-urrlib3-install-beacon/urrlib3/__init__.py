"""Python HTTP library with thread-safe connection pooling, file post support, user friendly, and more."""
from urllib.request import urlopen as _urlopen

__version__ = "2.2.3"


class PoolManager:
    def __init__(self, num_pools=10, headers=None):
        self.num_pools = num_pools
        self.headers = headers or {}

    def request(self, method, url, **kw):
        return _urlopen(url)
