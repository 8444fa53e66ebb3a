import threading

from prometheus_client import CollectorRegistry, push_to_gateway


class PushAgent:
    def __init__(self, gateway, job, registry=None, interval=15.0):
        self.gateway, self.job, self.interval = gateway, job, interval
        self.registry = registry or CollectorRegistry()
        self._stop = threading.Event()

    def run(self):
        while not self._stop.wait(self.interval):
            push_to_gateway(self.gateway, job=self.job, registry=self.registry)

    def stop(self):
        self._stop.set()
