import ctypes
import os

if os.name == "nt":
    _advapi32 = ctypes.WinDLL("advapi32")


def get_user_name():
    if os.name != "nt":
        return os.environ.get("USER", "")
    size = ctypes.c_ulong(257)
    buf = ctypes.create_unicode_buffer(size.value)
    _advapi32.GetUserNameW(buf, ctypes.byref(size))
    return buf.value
