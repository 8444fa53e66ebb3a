import json as _json
import urllib.request


class Response:
    def __init__(self, raw):
        self.status_code = raw.status
        self.headers = dict(raw.headers)
        self.content = raw.read()
        self.text = self.content.decode("utf-8", "replace")

    def json(self):
        return _json.loads(self.text)


def request(method, url, data=None, headers=None, timeout=None):
    req = urllib.request.Request(url, data=data, headers=headers or {}, method=method.upper())
    return Response(urllib.request.urlopen(req, timeout=timeout))


def get(url, **kw):
    return request("GET", url, **kw)


def post(url, data=None, **kw):
    return request("POST", url, data=data, **kw)


def put(url, data=None, **kw):
    return request("PUT", url, data=data, **kw)


def delete(url, **kw):
    return request("DELETE", url, **kw)


def head(url, **kw):
    return request("HEAD", url, **kw)
