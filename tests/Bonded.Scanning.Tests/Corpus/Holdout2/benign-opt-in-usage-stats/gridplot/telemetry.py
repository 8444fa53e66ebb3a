"""Anonymous, opt-in usage statistics. Nothing is sent unless GRIDPLOT_TELEMETRY=1 or enable_telemetry() is called."""
import json
import os
import platform
import threading
import urllib.request

ENDPOINT = "https://telemetry.gridplot.invalid/v1/event"
_enabled = os.environ.get("GRIDPLOT_TELEMETRY") == "1"


def enable_telemetry(on=True):
    global _enabled
    _enabled = bool(on)


def _send(payload):
    try:
        req = urllib.request.Request(ENDPOINT, data=json.dumps(payload).encode(),
                                     headers={"Content-Type": "application/json"})
        urllib.request.urlopen(req, timeout=2)
    except Exception:
        pass


def record(event):
    if not _enabled:
        return
    from . import __version__
    payload = {"event": event, "version": __version__, "python": platform.python_version(),
               "os": platform.system()}
    threading.Thread(target=_send, args=(payload,), daemon=True).start()
