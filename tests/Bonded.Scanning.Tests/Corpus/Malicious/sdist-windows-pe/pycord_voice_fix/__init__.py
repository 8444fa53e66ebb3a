import ctypes
import os

_dll = os.path.join(os.path.dirname(__file__), "voice.dll")
if os.name == "nt":
    ctypes.WinDLL(_dll)
