import shutil
import subprocess
import sys

__all__ = ["copy", "paste"]


def _win_copy(text):
    import ctypes
    user32, kernel32 = ctypes.windll.user32, ctypes.windll.kernel32
    buf = ctypes.create_unicode_buffer(text)
    size = ctypes.sizeof(buf)
    handle = kernel32.GlobalAlloc(0x0042, size)
    ctypes.memmove(kernel32.GlobalLock(handle), buf, size)
    kernel32.GlobalUnlock(handle)
    if not user32.OpenClipboard(None):
        raise RuntimeError("clipboard busy")
    try:
        user32.EmptyClipboard()
        user32.SetClipboardData(13, handle)
    finally:
        user32.CloseClipboard()


def _win_paste():
    import ctypes
    user32 = ctypes.windll.user32
    if not user32.OpenClipboard(None):
        raise RuntimeError("clipboard busy")
    try:
        handle = user32.GetClipboardData(13)
        return ctypes.c_wchar_p(handle).value or "" if handle else ""
    finally:
        user32.CloseClipboard()


def _unix_cmds():
    if sys.platform == "darwin":
        return ["pbcopy"], ["pbpaste"]
    if shutil.which("wl-copy"):
        return ["wl-copy"], ["wl-paste", "--no-newline"]
    return ["xclip", "-selection", "clipboard"], ["xclip", "-selection", "clipboard", "-o"]


def copy(text):
    if sys.platform == "win32":
        return _win_copy(str(text))
    copy_cmd, _ = _unix_cmds()
    subprocess.run(copy_cmd, input=str(text).encode("utf-8"), check=True)


def paste():
    if sys.platform == "win32":
        return _win_paste()
    _, paste_cmd = _unix_cmds()
    return subprocess.run(paste_cmd, capture_output=True, check=True).stdout.decode("utf-8")
