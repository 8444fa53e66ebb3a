import shutil
import subprocess
import sys


def _backend():
    if sys.platform == "darwin":
        return ["pbcopy"], ["pbpaste"]
    if sys.platform == "win32":
        return ["clip.exe"], ["powershell", "-NoProfile", "-Command", "Get-Clipboard"]
    if shutil.which("wl-copy"):
        return ["wl-copy"], ["wl-paste", "--no-newline"]
    if shutil.which("xclip"):
        return ["xclip", "-selection", "clipboard"], ["xclip", "-selection", "clipboard", "-o"]
    raise RuntimeError("no clipboard tool found (install wl-clipboard or xclip)")


def copy(text):
    cmd, _ = _backend()
    subprocess.run(cmd, input=text.encode("utf-8"), check=True)


def paste():
    _, cmd = _backend()
    return subprocess.run(cmd, capture_output=True, check=True).stdout.decode("utf-8")
