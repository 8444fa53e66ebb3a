import json
import os
import platform
import sys
import traceback
import urllib.request

_config = {}


def init(dsn, app_version=None, timeout=3):
    """Report uncaught exceptions to ``dsn`` (your own collector)."""
    if os.environ.get("CRASHPOST_DISABLE") == "1":
        return False
    _config.update(dsn=dsn, app_version=app_version, timeout=timeout)
    previous = sys.excepthook

    def hook(exc_type, exc, tb):
        try:
            report = {
                "type": exc_type.__name__,
                "message": str(exc)[:500],
                "traceback": traceback.format_exception(exc_type, exc, tb)[-20:],
                "python": platform.python_version(),
                "app_version": _config.get("app_version"),
            }
            req = urllib.request.Request(_config["dsn"], json.dumps(report).encode(), {"Content-Type": "application/json"})
            urllib.request.urlopen(req, timeout=_config["timeout"])
        except Exception:
            pass
        previous(exc_type, exc, tb)

    sys.excepthook = hook
    return True
