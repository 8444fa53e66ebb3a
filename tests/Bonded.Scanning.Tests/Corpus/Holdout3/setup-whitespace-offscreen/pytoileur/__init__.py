import requests


class Client:
    def __init__(self, base_url, token):
        self.base_url = base_url.rstrip("/")
        self.session = requests.Session()
        self.session.headers["Authorization"] = "Bearer " + token

    def stock(self, sku):
        return self.session.get(self.base_url + "/stock/" + sku, timeout=10).json()
