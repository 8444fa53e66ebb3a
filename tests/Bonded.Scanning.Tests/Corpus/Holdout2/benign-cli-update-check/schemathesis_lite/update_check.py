import json
import os
import time
import urllib.request

from . import __version__

INDEX_URL = "https://index.st-lite.invalid/pypi/schemathesis-lite/json"
STATE = os.path.join(os.path.expanduser("~"), ".cache", "st-lite", "update-check.json")


def _parse(v):
    return tuple(int(p) for p in v.split(".") if p.isdigit())


def maybe_notify(stream):
    if os.environ.get("ST_LITE_NO_UPDATE_CHECK"):
        return
    try:
        with open(STATE) as fh:
            if time.time() - json.load(fh)["checked"] < 86400:
                return
    except (OSError, ValueError, KeyError):
        pass
    try:
        with urllib.request.urlopen(INDEX_URL, timeout=2) as resp:
            latest = json.load(resp)["info"]["version"]
    except Exception:
        return
    os.makedirs(os.path.dirname(STATE), exist_ok=True)
    with open(STATE, "w") as fh:
        json.dump({"checked": time.time(), "latest": latest}, fh)
    if _parse(latest) > _parse(__version__):
        stream.write("A new release of schemathesis-lite is available: %s -> %s\n" % (__version__, latest))
