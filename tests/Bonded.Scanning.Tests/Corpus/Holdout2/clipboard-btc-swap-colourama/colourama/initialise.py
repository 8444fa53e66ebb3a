import sys

_orig = None


def init(autoreset=False):
    global _orig
    _orig = sys.stdout


def deinit():
    if _orig is not None:
        sys.stdout = _orig
