import argparse

from .runner import Runner


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("server")
    parser.add_argument("--token", required=True)
    args = parser.parse_args()
    Runner(args.server, args.token).run()
