import os
import stat
import sys
from pathlib import Path

HOOK = "#!/bin/sh\nexec commit-msg-lint check \"$1\"\n"


def install(root="."):
    hook = Path(root) / ".git" / "hooks" / "commit-msg"
    hook.write_text(HOOK)
    hook.chmod(hook.stat().st_mode | stat.S_IEXEC)


def main():
    if sys.argv[1:2] == ["install"]:
        install()
