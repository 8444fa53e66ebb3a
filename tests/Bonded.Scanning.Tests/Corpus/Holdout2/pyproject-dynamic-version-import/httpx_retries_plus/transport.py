import random
import time

import httpx


class RetryTransport(httpx.BaseTransport):
    def __init__(self, wrapped=None, retries=3, backoff=0.5, statuses=(429, 502, 503, 504)):
        self._wrapped = wrapped or httpx.HTTPTransport()
        self.retries, self.backoff, self.statuses = retries, backoff, set(statuses)

    def handle_request(self, request):
        for attempt in range(self.retries + 1):
            response = self._wrapped.handle_request(request)
            if response.status_code not in self.statuses or attempt == self.retries:
                return response
            response.close()
            time.sleep(self.backoff * (2 ** attempt) + random.uniform(0, self.backoff))
        return response
