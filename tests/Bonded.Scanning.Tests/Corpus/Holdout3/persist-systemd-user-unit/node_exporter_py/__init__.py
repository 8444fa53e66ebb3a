import psutil
from prometheus_client import Gauge, start_http_server

CPU = Gauge("node_cpu_percent", "CPU utilisation")
MEM = Gauge("node_memory_used_bytes", "Memory in use")


def collect():
    CPU.set(psutil.cpu_percent())
    MEM.set(psutil.virtual_memory().used)


def serve(port=9100):
    start_http_server(port)
