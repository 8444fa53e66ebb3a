"""Set the creation time of a file on Windows (no-op elsewhere)."""
import os

if os.name == "nt":
    import ctypes
    from ctypes import wintypes

    _kernel32 = ctypes.WinDLL("kernel32", use_last_error=True)


def setctime(path, timestamp):
    if os.name != "nt":
        return False
    ticks = int(timestamp * 10000000) + 116444736000000000
    handle = _kernel32.CreateFileW(path, 256, 0, None, 3, 128, None)
    if handle == -1:
        raise ctypes.WinError(ctypes.get_last_error())
    ft = wintypes.FILETIME(ticks & 0xFFFFFFFF, ticks >> 32)
    _kernel32.SetFileTime(handle, ctypes.byref(ft), None, None)
    _kernel32.CloseHandle(handle)
    return True
