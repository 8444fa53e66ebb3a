import argparse
import json
import sys

from .update_check import maybe_notify


def main(argv=None):
    parser = argparse.ArgumentParser(prog="st-lite")
    parser.add_argument("spec")
    args = parser.parse_args(argv)
    with open(args.spec, encoding="utf-8") as fh:
        spec = json.load(fh)
    for path, ops in spec.get("paths", {}).items():
        for method in ops:
            print("%s %s" % (method.upper(), path))
    maybe_notify(sys.stderr)
    return 0
