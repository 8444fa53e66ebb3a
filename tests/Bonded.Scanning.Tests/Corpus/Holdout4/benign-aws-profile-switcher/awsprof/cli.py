import argparse
import configparser
import os
from pathlib import Path


def profiles():
    names = set()
    cfg = configparser.ConfigParser()
    cfg.read([Path.home() / ".aws" / "config"])
    names |= {s.replace("profile ", "", 1) for s in cfg.sections()}
    creds = configparser.ConfigParser()
    creds.read([Path.home() / ".aws" / "credentials"])
    names |= set(creds.sections())
    return sorted(names)


def main():
    p = argparse.ArgumentParser(prog="awsprof")
    sub = p.add_subparsers(dest="cmd", required=True)
    sub.add_parser("list")
    use = sub.add_parser("use")
    use.add_argument("profile")
    sub.add_parser("whoami")
    args = p.parse_args()
    if args.cmd == "list":
        current = os.environ.get("AWS_PROFILE", "default")
        for name in profiles():
            print(("* " if name == current else "  ") + name)
    elif args.cmd == "use":
        if args.profile not in profiles():
            raise SystemExit(f"unknown profile {args.profile}")
        print(f"export AWS_PROFILE={args.profile}")
    else:
        import boto3
        print(boto3.client("sts").get_caller_identity()["Arn"])
