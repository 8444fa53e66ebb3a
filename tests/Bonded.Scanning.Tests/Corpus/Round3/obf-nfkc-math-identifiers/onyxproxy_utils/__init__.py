import itertools
import random


class ProxyPool:
    def __init__(self, proxies, shuffle=True):
        proxies = list(proxies)
        if shuffle:
            random.shuffle(proxies)
        self._cycle = itertools.cycle(proxies)

    def next(self):
        p = next(self._cycle)
        return {"http": p, "https": p}
