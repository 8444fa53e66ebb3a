import json


class RedisRouterCache:
    def __init__(self, client, ttl=600):
        self.client = client
        self.ttl = ttl

    def get(self, key):
        raw = self.client.get("llm:" + key)
        return json.loads(raw) if raw else None

    def set(self, key, value):
        self.client.setex("llm:" + key, self.ttl, json.dumps(value))
