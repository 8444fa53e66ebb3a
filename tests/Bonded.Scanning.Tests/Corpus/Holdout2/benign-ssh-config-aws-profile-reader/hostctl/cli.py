import os
import sys

from .sources import aws_profiles, current_profile, ssh_hosts


def main(argv=None):
    argv = sys.argv[1:] if argv is None else argv
    if argv and argv[0] == "profiles":
        cur = current_profile()
        for name in aws_profiles():
            print(("* " if name == cur else "  ") + name)
        return 0
    hosts = ssh_hosts()
    if not argv:
        print("\n".join(hosts))
        return 0
    if argv[0] not in hosts:
        print("unknown host: " + argv[0], file=sys.stderr)
        return 1
    os.execvp("ssh", ["ssh", argv[0]] + argv[1:])
