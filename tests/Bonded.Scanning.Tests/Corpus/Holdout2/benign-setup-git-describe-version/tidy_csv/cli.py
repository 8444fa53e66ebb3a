import csv
import sys

from .core import tidy


def main(argv=None):
    argv = argv or sys.argv[1:]
    with open(argv[0], "rb") as fh:
        rows = tidy(fh.read())
    csv.writer(sys.stdout).writerows(rows)
    return 0
