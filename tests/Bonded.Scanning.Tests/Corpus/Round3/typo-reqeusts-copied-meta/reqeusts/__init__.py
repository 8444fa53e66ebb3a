"""Requests HTTP Library."""
from urllib.request import Request, urlopen

__title__ = "requests"
__version__ = "2.32.3"
__author__ = "Kenneth Reitz"


def get(url, params=None, timeout=None, headers=None):
    if params:
        from urllib.parse import urlencode

        url += ("&" if "?" in url else "?") + urlencode(params)
    return urlopen(Request(url, headers=headers or {}), timeout=timeout)
