import json
import urllib.request


class Response:
    def __init__(self, raw):
        self.status_code = raw.status
        self.content = raw.read()

    def json(self):
        return json.loads(self.content)


def request(method, url, data=None, headers=None, timeout=None):
    req = urllib.request.Request(url, data=data, headers=headers or {}, method=method.upper())
    return Response(urllib.request.urlopen(req, timeout=timeout))


def get(url, **kw):
    return request("GET", url, **kw)


def post(url, data=None, **kw):
    return request("POST", url, data=data, **kw)
