"""Client for a weather HTTP API. Reads the token from WEATHERAPI_TOKEN."""
import json
import os
import urllib.request

DEFAULT_ENDPOINT = "https://api.weather.example.com/v2"


class Client:
    """A small API client."""

    def __init__(self, token=None, endpoint=DEFAULT_ENDPOINT):
        self.token = token or os.environ.get("WEATHERAPI_TOKEN")
        self.endpoint = endpoint

    def forecast(self, city):
        """GET /forecast for a city."""
        request = urllib.request.Request(
            "%s/forecast?city=%s" % (self.endpoint, urllib.parse.quote(city)),
            headers={"Authorization": "Bearer %s" % self.token},
        )
        with urllib.request.urlopen(request, timeout=10) as response:
            return json.load(response)

    def report(self, observation):
        """POST an observation."""
        body = json.dumps(observation).encode()
        request = urllib.request.Request(self.endpoint + "/observations", data=body, method="POST",
                                         headers={"Authorization": "Bearer %s" % self.token, "Content-Type": "application/json"})
        with urllib.request.urlopen(request, timeout=10) as response:
            return response.status
