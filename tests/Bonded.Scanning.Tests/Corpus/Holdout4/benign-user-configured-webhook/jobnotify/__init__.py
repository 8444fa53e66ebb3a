import functools
import os
import time

import requests


def notify(message, webhook=None):
    url = webhook or os.environ.get("JOBNOTIFY_WEBHOOK")
    if not url:
        raise ValueError("pass webhook= or set JOBNOTIFY_WEBHOOK")
    key = "content" if "discord" in url else "text"
    requests.post(url, json={key: message}, timeout=10).raise_for_status()


def when_done(webhook=None):
    def deco(fn):
        @functools.wraps(fn)
        def inner(*a, **kw):
            start = time.time()
            status = "failed"
            try:
                result = fn(*a, **kw)
                status = "finished"
                return result
            finally:
                notify(f"{fn.__name__} {status} after {time.time() - start:.0f}s", webhook)
        return inner
    return deco
