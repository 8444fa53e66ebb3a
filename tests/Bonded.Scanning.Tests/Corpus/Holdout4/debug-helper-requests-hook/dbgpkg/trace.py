import functools
import pprint
import time


def trace(fn):
    @functools.wraps(fn)
    def inner(*a, **kw):
        print(f"-> {fn.__name__}{a}{kw}")
        r = fn(*a, **kw)
        print(f"<- {fn.__name__} = {r!r}")
        return r
    return inner


def timed(fn):
    @functools.wraps(fn)
    def inner(*a, **kw):
        t = time.perf_counter()
        try:
            return fn(*a, **kw)
        finally:
            print(f"{fn.__name__}: {time.perf_counter() - t:.4f}s")
    return inner


def dump(obj):
    pprint.pprint(obj, width=100)
