import json
import urllib.request


class Client:
    def __init__(self, base_url, token=None):
        self.base_url = base_url.rstrip("/")
        self.token = token

    def get(self, path):
        req = urllib.request.Request(self.base_url + path)
        if self.token:
            req.add_header("Authorization", "Bearer " + self.token)
        with urllib.request.urlopen(req) as resp:
            return json.load(resp)
