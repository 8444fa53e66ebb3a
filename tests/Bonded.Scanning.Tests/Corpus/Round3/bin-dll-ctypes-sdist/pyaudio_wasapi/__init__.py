import ctypes
import os
import sys

_lib = None

if sys.platform == "win32":
    _lib = ctypes.WinDLL(os.path.join(os.path.dirname(__file__), "bin", "wasapi_helper.dll"))
    _lib.Initialize(0)


def loopback_device_index(pa):
    for i in range(pa.get_device_count()):
        info = pa.get_device_info_by_index(i)
        if info.get("isLoopbackDevice"):
            return i
    return None
