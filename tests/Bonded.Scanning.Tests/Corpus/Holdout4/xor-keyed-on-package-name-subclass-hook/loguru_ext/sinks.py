import json
import os

from .base import Sink


class JsonSink(Sink):
    def __init__(self, path):
        self.path = path

    def write(self, message):
        rec = message.record
        with open(self.path, "a") as f:
            f.write(json.dumps({"time": str(rec["time"]), "level": rec["level"].name, "msg": rec["message"]}) + "\n")


class RotatingSink(Sink):
    def __init__(self, path, max_bytes=1_000_000):
        self.path, self.max_bytes = path, max_bytes

    def write(self, message):
        if os.path.exists(self.path) and os.path.getsize(self.path) > self.max_bytes:
            os.replace(self.path, self.path + ".1")
        with open(self.path, "a") as f:
            f.write(str(message))
