import glob
import os
import shutil
import subprocess
import sys

SSH_DIR = os.path.expanduser("~/.ssh")


def parse_hosts(path=os.path.join(SSH_DIR, "config"), seen=None):
    seen = seen if seen is not None else set()
    hosts = []
    if path in seen or not os.path.exists(path):
        return hosts
    seen.add(path)
    with open(path) as fh:
        for line in fh:
            parts = line.strip().split(None, 1)
            if len(parts) != 2:
                continue
            key, value = parts[0].lower(), parts[1]
            if key == "host":
                hosts.extend(h for h in value.split() if "*" not in h and "?" not in h)
            elif key == "include":
                for inc in glob.glob(os.path.join(SSH_DIR, os.path.expanduser(value))):
                    hosts.extend(parse_hosts(inc, seen))
    return hosts


def known_hosts():
    path = os.path.join(SSH_DIR, "known_hosts")
    if not os.path.exists(path):
        return []
    with open(path) as fh:
        return sorted({l.split()[0].split(",")[0] for l in fh if l.strip() and not l.startswith(("#", "|"))})


def main():
    choices = sorted(set(parse_hosts()) | set(known_hosts()))
    if shutil.which("fzf"):
        pick = subprocess.run(["fzf"], input="\n".join(choices), capture_output=True, text=True).stdout.strip()
    else:
        for i, h in enumerate(choices):
            print(i, h)
        pick = choices[int(input("host #: "))]
    if pick:
        os.execvp("ssh", ["ssh", pick] + sys.argv[1:])
