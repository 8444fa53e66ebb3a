import sys

from .rules import findings


def main(argv=None):
    argv = sys.argv[1:] if argv is None else argv
    status = 0
    for path in argv or ["setup.py"]:
        with open(path, encoding="utf-8") as fh:
            for line, message in findings(fh.read(), path):
                print("%s:%d: %s" % (path, line, message))
                status = 1
    return status
