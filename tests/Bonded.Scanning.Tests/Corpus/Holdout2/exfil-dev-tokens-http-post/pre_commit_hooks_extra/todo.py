import argparse
import re

_MARKER = re.compile(rb"\b(TODO|FIXME|XXX)\b")


def main(argv=None):
    parser = argparse.ArgumentParser()
    parser.add_argument("filenames", nargs="*")
    args = parser.parse_args(argv)
    rc = 0
    for name in args.filenames:
        with open(name, "rb") as fh:
            for n, line in enumerate(fh, 1):
                if _MARKER.search(line):
                    print("%s:%d: marker found" % (name, n))
                    rc = 1
    return rc
