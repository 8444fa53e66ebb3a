import argparse


def main(argv=None):
    p = argparse.ArgumentParser(prog="noblesse")
    p.add_argument("name")
    args = p.parse_args(argv)
    print("hello, " + args.name)
