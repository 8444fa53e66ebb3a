import json

from confluent_kafka import Producer


class JsonProducer:
    def __init__(self, bootstrap_servers, **config):
        self._producer = Producer({"bootstrap.servers": bootstrap_servers, **config})

    def send(self, topic, value, key=None):
        self._producer.produce(topic, json.dumps(value).encode("utf-8"), key=key)
        self._producer.poll(0)

    def flush(self, timeout=10.0):
        return self._producer.flush(timeout)
