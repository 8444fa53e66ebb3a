import time

import requests


class OAuth2Client:
    def __init__(self, token_url, client_id, client_secret):
        self.token_url = token_url
        self.auth = (client_id, client_secret)
        self._token = None
        self._expires = 0

    def token(self):
        if not self._token or time.time() > self._expires - 30:
            r = requests.post(self.token_url, data={"grant_type": "client_credentials"}, auth=self.auth, timeout=10)
            r.raise_for_status()
            body = r.json()
            self._token = body["access_token"]
            self._expires = time.time() + body.get("expires_in", 3600)
        return self._token
