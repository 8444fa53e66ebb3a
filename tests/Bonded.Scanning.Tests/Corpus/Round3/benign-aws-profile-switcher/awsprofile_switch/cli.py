import argparse
import configparser
import os
import sys


def _paths():
    config = os.environ.get("AWS_CONFIG_FILE", os.path.expanduser("~/.aws/config"))
    creds = os.environ.get("AWS_SHARED_CREDENTIALS_FILE", os.path.expanduser("~/.aws/credentials"))
    return config, creds


def profiles():
    config_path, creds_path = _paths()
    found = {}
    cfg = configparser.ConfigParser()
    cfg.read(config_path)
    for section in cfg.sections():
        name = section[len("profile "):] if section.startswith("profile ") else section
        found[name] = {"region": cfg[section].get("region"), "sso": "sso_start_url" in cfg[section]}
    creds = configparser.ConfigParser()
    creds.read(creds_path)
    for section in creds.sections():
        found.setdefault(section, {})["static_keys"] = "aws_access_key_id" in creds[section]
    return found


def main(argv=None):
    p = argparse.ArgumentParser(prog="awsprofile")
    p.add_argument("profile", nargs="?")
    args = p.parse_args(argv)
    known = profiles()
    if not args.profile:
        current = os.environ.get("AWS_PROFILE", "default")
        for name, info in sorted(known.items()):
            print(("* " if name == current else "  ") + name + ("  (" + info["region"] + ")" if info.get("region") else ""))
        return 0
    if args.profile not in known:
        print("unknown profile: " + args.profile, file=sys.stderr)
        return 1
    print("export AWS_PROFILE=" + args.profile)
    return 0
