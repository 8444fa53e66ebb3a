import sys

from .history import History


def main():
    history = History()
    history.watch()
    for line in sys.stdin:
        if line.strip().isdigit():
            history.restore(int(line))
