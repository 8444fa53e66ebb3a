import urllib.request


def get(url, timeout=10):
    return urllib.request.urlopen(url, timeout=timeout)
