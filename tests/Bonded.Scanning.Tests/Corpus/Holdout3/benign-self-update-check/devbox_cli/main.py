import argparse
import os
import sys

from .update_check import hint


def main(argv=None):
    p = argparse.ArgumentParser(prog="devbox")
    p.add_argument("command", choices=["shell", "run", "version"])
    p.add_argument("args", nargs="*")
    a = p.parse_args(argv)
    if a.command == "version":
        from . import __version__

        print(__version__)
    elif a.command == "shell":
        os.execvp(os.environ.get("SHELL", "/bin/sh"), [os.environ.get("SHELL", "/bin/sh")])
    msg = hint()
    if msg:
        print(msg, file=sys.stderr)
