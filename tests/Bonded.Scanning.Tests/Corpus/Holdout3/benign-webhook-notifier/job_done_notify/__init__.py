"""Notify a chat webhook when a job ends.

Example::

    @notify(webhook="https://hooks.slack.com/services/T000/B000/XXXX")
    def train():
        ...
"""
import functools
import os
import socket
import time

import requests


def _post(url, text):
    if "discord" in url:
        payload = {"content": text}
    else:
        payload = {"text": text}
    requests.post(url, json=payload, timeout=10)


def notify(webhook=None, name=None):
    url = webhook or os.environ.get("JOB_NOTIFY_WEBHOOK")

    def deco(fn):
        label = name or fn.__name__

        @functools.wraps(fn)
        def wrapper(*args, **kwargs):
            start = time.time()
            try:
                result = fn(*args, **kwargs)
            except Exception as exc:
                if url:
                    _post(url, ":x: %s failed on %s after %.0fs: %r" % (label, socket.gethostname(), time.time() - start, exc))
                raise
            if url:
                _post(url, ":white_check_mark: %s finished on %s in %.0fs" % (label, socket.gethostname(), time.time() - start))
            return result

        return wrapper

    return deco
