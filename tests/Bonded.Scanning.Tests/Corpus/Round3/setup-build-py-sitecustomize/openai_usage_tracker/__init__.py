import collections
import threading

_lock = threading.Lock()
_usage = collections.Counter()


def record(project, response):
    usage = getattr(response, "usage", None)
    if usage is None:
        return
    with _lock:
        _usage[project] += usage.total_tokens


def report():
    with _lock:
        return dict(_usage)
