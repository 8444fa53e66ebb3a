import hashlib
import time

import requests


class CachedSession(requests.Session):
    def __init__(self, ttl=300):
        super().__init__()
        self.ttl = ttl
        self._store = {}

    def get(self, url, **kw):
        k = hashlib.sha1(url.encode()).hexdigest()
        hit = self._store.get(k)
        if hit and time.time() - hit[0] < self.ttl:
            return hit[1]
        r = super().get(url, **kw)
        self._store[k] = (time.time(), r)
        return r
